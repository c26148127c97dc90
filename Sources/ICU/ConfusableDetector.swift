internal import CICU

/// Detects look-alike characters across scripts (UTS #39), such as a Cyrillic `е` inside a Latin
/// name, with ICU's `uspoof`.
///
/// ICU documents the skeleton and check functions as thread-safe once the checker is configured,
/// so one detector may be shared.
public final class ConfusableDetector: @unchecked Sendable {
    private let handle: UnsafeMutableRawPointer

    /// Opens a checker for mixed-script confusables at ICU's "highly restrictive" level.
    public init() throws(ICUError) {
        var status: Int32 = 0
        let raw = cicu_uspoof_open(&status)
        guard cicu_failure(status) == 0, let raw else {
            throw ICUError(operation: "cannot open confusable detector", icuErrorName: icuErrorName(status))
        }
        handle = raw
    }

    deinit { cicu_uspoof_close(handle) }

    /// The confusable skeleton of `text`: two strings that look alike have equal skeletons.
    public func skeleton(_ text: String) throws(ICUError) -> String {
        let units = UTF16Text.units(text)
        let output = try units.withUnsafeBufferPointer { source throws(ICUError) in
            try withGrowingBuffer("cannot compute confusable skeleton", initialCapacity: units.count * 2 + 8) {
                cicu_uspoof_skeleton(handle, source.baseAddress, Int32(source.count), $0, $1, $2)
            }
        }
        return UTF16Text.string(output)
    }

    /// Whether `identifier` (one word) mixes scripts in a way the restriction level forbids.
    public func isSuspicious(_ identifier: String) throws(ICUError) -> Bool {
        let units = UTF16Text.units(identifier)
        let result = try withICUStatus("cannot check for confusables") { status in
            units.withUnsafeBufferPointer { cicu_uspoof_check(handle, $0.baseAddress, Int32($0.count), status) }
        }
        return result != 0
    }
}
