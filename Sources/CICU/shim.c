// SwiftPM needs one source file per C target; every shim is static inline in include/CICU.h.
