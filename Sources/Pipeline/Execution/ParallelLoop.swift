import Dispatch
import Synchronization

/// A fixed set of worker slots over `DispatchQueue.concurrentPerform`.
///
/// Work items are handed out one index at a time from an atomic counter, so a long document does
/// not hold up a whole stripe. Each call to `body` knows its worker slot, and only one thread uses
/// a slot at a time, which is what makes per-worker ``StageContext`` state safe.
struct ParallelLoop {
    let workers: Int

    func run(count: Int, _ body: (_ index: Int, _ worker: Int) -> Void) {
        if count == 0 { return }
        if workers == 1 || count == 1 {
            for index in 0..<count { body(index, 0) }
            return
        }
        let next = Atomic<Int>(0)
        // The body writes only the slots it is handed (see SharedSlots), which the type system
        // cannot see; the box states that promise once, here.
        withoutActuallyEscaping(body) { escapable in
            let box = UncheckedBody(call: escapable)
            DispatchQueue.concurrentPerform(iterations: min(workers, count)) { worker in
                while true {
                    let index = next.wrappingAdd(1, ordering: .relaxed).oldValue
                    if index >= count { return }
                    box.call(index, worker)
                }
            }
        }
    }
}

private struct UncheckedBody: @unchecked Sendable {
    let call: (Int, Int) -> Void
}

/// A buffer shared by the workers, each writing only the slots it was handed.
///
/// Raw memory rather than an array property: concurrent writes to distinct elements of a class's
/// array property would trip Swift's exclusivity checks.
final class SharedSlots<Element>: @unchecked Sendable {
    private let base: UnsafeMutablePointer<Element>
    let count: Int

    init(_ elements: [Element]) {
        count = elements.count
        base = .allocate(capacity: max(count, 1))
        base.initialize(from: elements, count: count)
    }

    deinit {
        base.deinitialize(count: count)
        base.deallocate()
    }

    subscript(index: Int) -> Element {
        get { base[index] }
        set { base[index] = newValue }
    }

    /// A copy of every element, in order.
    var elements: [Element] { Array(UnsafeBufferPointer(start: base, count: count)) }
}
