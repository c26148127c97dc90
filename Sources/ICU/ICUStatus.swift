internal import CICU

/// Runs one ICU call with a fresh status and turns a failing status into ``ICUError``.
///
/// The one place that interprets ICU status codes, in the manner of NIO's `syscall` helper.
@inline(__always)
func withICUStatus<T>(
    _ operation: @autoclosure () -> String,
    _ body: (UnsafeMutablePointer<Int32>) -> T
) throws(ICUError) -> T {
    var status: Int32 = 0
    let result = body(&status)
    if cicu_failure(status) != 0 {
        throw ICUError(operation: operation(), icuErrorName: icuErrorName(status))
    }
    return result
}

func icuErrorName(_ status: Int32) -> String {
    String(cString: cicu_error_name(status))
}

/// Calls an ICU function that writes UTF-16 into a caller buffer, growing the buffer once when
/// ICU reports that it was too small.
func withGrowingBuffer(
    _ operation: @autoclosure () -> String,
    initialCapacity: Int,
    _ body: (UnsafeMutablePointer<UInt16>, Int32, UnsafeMutablePointer<Int32>) -> Int32
) throws(ICUError) -> [UInt16] {
    var capacity = max(initialCapacity, 16)
    for _ in 0..<2 {
        var status: Int32 = 0
        var output = [UInt16](repeating: 0, count: capacity)
        let length = output.withUnsafeMutableBufferPointer { body($0.baseAddress!, Int32(capacity), &status) }
        if status == cicu_buffer_overflow_code() {
            capacity = Int(length) + 1
            continue
        }
        if cicu_failure(status) != 0 {
            throw ICUError(operation: operation(), icuErrorName: icuErrorName(status))
        }
        output.removeSubrange(Int(length)...)
        return output
    }
    throw ICUError(operation: operation(), icuErrorName: "U_BUFFER_OVERFLOW_ERROR")
}

/// The version of the ICU library this binary is linked against, such as `72.1`.
public let icuVersion: String = String(cString: cicu_version())
