// CICU: a thin C shim over the system ICU (Debian: libicu-dev).
//
// Swift cannot call ICU's entry points by their plain names: `utrans_openU` is a macro for the
// version-suffixed symbol (`utrans_openU_72`). Each shim below is a `static inline` function that
// calls the plain name, so the C preprocessor applies ICU's own renaming and no version number
// appears anywhere in Swift. The shims take and return only plain C types (int32_t, uint16_t,
// void *), so no ICU type needs to reach the Swift wrapper.
#ifndef CICU_H
#define CICU_H

#include <stdint.h>
#include <unicode/utypes.h>
#include <unicode/uversion.h>
#include <unicode/utrans.h>
#include <unicode/ubrk.h>
#include <unicode/unorm2.h>
#include <unicode/uspoof.h>
#include <unicode/uchar.h>
#include <unicode/uscript.h>

static inline const char *cicu_error_name(int32_t status) {
    return u_errorName((UErrorCode)status);
}

static inline int32_t cicu_failure(int32_t status) { return U_FAILURE((UErrorCode)status) ? 1 : 0; }

static inline int32_t cicu_buffer_overflow_code(void) { return (int32_t)U_BUFFER_OVERFLOW_ERROR; }

static inline const char *cicu_version(void) { return U_ICU_VERSION; }

// MARK: - Transliteration (utrans)

/// Opens a transliterator by ID (`Any-Latin; Latin-ASCII`) or, when `rules` is non-null, from a rule set.
/// On a rule syntax error, `*error_line` and `*error_offset` say where.
static inline void *cicu_utrans_open(const uint16_t *id, int32_t id_length, int32_t reverse,
                                     const uint16_t *rules, int32_t rules_length,
                                     int32_t *error_line, int32_t *error_offset, int32_t *status) {
    UParseError parse_error;
    parse_error.line = 0;
    parse_error.offset = 0;
    UErrorCode code = (UErrorCode)*status;
    UTransliterator *t = utrans_openU((const UChar *)id, id_length, reverse ? UTRANS_REVERSE : UTRANS_FORWARD,
                                      (const UChar *)rules, rules_length, &parse_error, &code);
    *status = (int32_t)code;
    if (error_line) *error_line = parse_error.line;
    if (error_offset) *error_offset = parse_error.offset;
    return (void *)t;
}

static inline void *cicu_utrans_clone(void *t, int32_t *status) {
    UErrorCode code = (UErrorCode)*status;
    UTransliterator *c = utrans_clone((const UTransliterator *)t, &code);
    *status = (int32_t)code;
    return (void *)c;
}

static inline void cicu_utrans_close(void *t) { utrans_close((UTransliterator *)t); }

/// Transliterates `text[0..<*length]` in place; `*length` becomes the new length. If the result does
/// not fit in `capacity`, the status is U_BUFFER_OVERFLOW_ERROR and `*length` is the length needed.
static inline void cicu_utrans_trans(void *t, uint16_t *text, int32_t *length, int32_t capacity, int32_t *status) {
    UErrorCode code = (UErrorCode)*status;
    int32_t limit = *length;
    utrans_transUChars((const UTransliterator *)t, (UChar *)text, length, capacity, 0, &limit, &code);
    *status = (int32_t)code;
}

// MARK: - Break iteration (ubrk)

static inline void *cicu_ubrk_open(int32_t kind, const char *locale, int32_t *status) {
    UErrorCode code = (UErrorCode)*status;
    UBreakIterator *b = ubrk_open((UBreakIteratorType)kind, locale, NULL, 0, &code);
    *status = (int32_t)code;
    return (void *)b;
}

static inline void *cicu_ubrk_open_rules(const uint16_t *rules, int32_t rules_length,
                                         int32_t *error_line, int32_t *error_offset, int32_t *status) {
    UParseError parse_error;
    parse_error.line = 0;
    parse_error.offset = 0;
    UErrorCode code = (UErrorCode)*status;
    UBreakIterator *b = ubrk_openRules((const UChar *)rules, rules_length, NULL, 0, &parse_error, &code);
    *status = (int32_t)code;
    if (error_line) *error_line = parse_error.line;
    if (error_offset) *error_offset = parse_error.offset;
    return (void *)b;
}

static inline void *cicu_ubrk_clone(void *b, int32_t *status) {
    UErrorCode code = (UErrorCode)*status;
    UBreakIterator *c = ubrk_clone((const UBreakIterator *)b, &code);
    *status = (int32_t)code;
    return (void *)c;
}

static inline void cicu_ubrk_close(void *b) { ubrk_close((UBreakIterator *)b); }

static inline void cicu_ubrk_set_text(void *b, const uint16_t *text, int32_t length, int32_t *status) {
    UErrorCode code = (UErrorCode)*status;
    ubrk_setText((UBreakIterator *)b, (const UChar *)text, length, &code);
    *status = (int32_t)code;
}

static inline int32_t cicu_ubrk_first(void *b) { return ubrk_first((UBreakIterator *)b); }
static inline int32_t cicu_ubrk_next(void *b) { return ubrk_next((UBreakIterator *)b); }
static inline int32_t cicu_ubrk_following(void *b, int32_t offset) { return ubrk_following((UBreakIterator *)b, offset); }
static inline int32_t cicu_ubrk_rule_status(void *b) { return ubrk_getRuleStatus((UBreakIterator *)b); }
static inline int32_t cicu_ubrk_done(void) { return UBRK_DONE; }
static inline int32_t cicu_ubrk_kind_word(void) { return UBRK_WORD; }
static inline int32_t cicu_ubrk_kind_sentence(void) { return UBRK_SENTENCE; }
static inline int32_t cicu_ubrk_kind_line(void) { return UBRK_LINE; }
static inline int32_t cicu_ubrk_kind_character(void) { return UBRK_CHARACTER; }

// MARK: - Normalization (unorm2)

/// 0 = NFC, 1 = NFD, 2 = NFKC, 3 = NFKD, 4 = NFKC_Casefold. The instances are shared and thread-safe.
static inline const void *cicu_unorm2_instance(int32_t form, int32_t *status) {
    UErrorCode code = (UErrorCode)*status;
    const UNormalizer2 *n = NULL;
    switch (form) {
    case 0: n = unorm2_getNFCInstance(&code); break;
    case 1: n = unorm2_getNFDInstance(&code); break;
    case 2: n = unorm2_getNFKCInstance(&code); break;
    case 3: n = unorm2_getNFKDInstance(&code); break;
    default: n = unorm2_getNFKCCasefoldInstance(&code); break;
    }
    *status = (int32_t)code;
    return (const void *)n;
}

/// Length of the prefix of `text` that is certainly normalized.
static inline int32_t cicu_unorm2_span_yes(const void *n, const uint16_t *text, int32_t length, int32_t *status) {
    UErrorCode code = (UErrorCode)*status;
    int32_t span = unorm2_spanQuickCheckYes((const UNormalizer2 *)n, (const UChar *)text, length, &code);
    *status = (int32_t)code;
    return span;
}

static inline int32_t cicu_unorm2_normalize(const void *n, const uint16_t *text, int32_t length,
                                            uint16_t *dest, int32_t capacity, int32_t *status) {
    UErrorCode code = (UErrorCode)*status;
    int32_t len = unorm2_normalize((const UNormalizer2 *)n, (const UChar *)text, length, (UChar *)dest, capacity, &code);
    *status = (int32_t)code;
    return len;
}

// MARK: - Confusables (uspoof)

static inline void *cicu_uspoof_open(int32_t *status) {
    UErrorCode code = (UErrorCode)*status;
    USpoofChecker *s = uspoof_open(&code);
    if (U_SUCCESS(code)) {
        uspoof_setChecks(s, USPOOF_MIXED_SCRIPT_CONFUSABLE | USPOOF_RESTRICTION_LEVEL, &code);
        uspoof_setRestrictionLevel(s, USPOOF_HIGHLY_RESTRICTIVE);
    }
    *status = (int32_t)code;
    return (void *)s;
}

static inline void cicu_uspoof_close(void *s) { uspoof_close((USpoofChecker *)s); }

/// The confusable skeleton of `text` (UTS #39): strings that look alike have equal skeletons.
static inline int32_t cicu_uspoof_skeleton(const void *s, const uint16_t *text, int32_t length,
                                           uint16_t *dest, int32_t capacity, int32_t *status) {
    UErrorCode code = (UErrorCode)*status;
    int32_t len = uspoof_getSkeleton((const USpoofChecker *)s, 0, (const UChar *)text, length, (UChar *)dest, capacity, &code);
    *status = (int32_t)code;
    return len;
}

/// Nonzero when `text` fails the checker's tests (mixed scripts within one identifier, and so on).
static inline int32_t cicu_uspoof_check(const void *s, const uint16_t *text, int32_t length, int32_t *status) {
    UErrorCode code = (UErrorCode)*status;
    int32_t result = uspoof_check((const USpoofChecker *)s, (const UChar *)text, length, NULL, &code);
    *status = (int32_t)code;
    return result;
}

// MARK: - Character properties (uchar)

/// The ICU script code (UScriptCode) of a code point.
static inline int32_t cicu_script(uint32_t c) {
    UErrorCode code = U_ZERO_ERROR;
    return (int32_t)uscript_getScript((UChar32)c, &code);
}

#endif
