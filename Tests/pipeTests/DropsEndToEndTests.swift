import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// The store, `watch`, `export` and `query` through the built `pipe` binary, with real processes,
/// real signals and the default news pipeline (its corpus stages included).
@Suite(.serialized) struct DropsEndToEndTests {
    /// Articles made from the seeds' paragraphs in a fixed pseudo-random order, so every run of
    /// the test has the same input.
    static func makeArticles(count: Int, in directory: String) throws {
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let seeds = try FileManager.default.contentsOfDirectory(atPath: PipeProcess.packageRoot + "/seeds").filter { $0.hasSuffix(".txt") }.sorted()
        let paragraphs = try seeds.map {
            try String(contentsOfFile: PipeProcess.packageRoot + "/seeds/" + $0, encoding: .utf8).components(separatedBy: "\n\n")
        }
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        for index in 0..<count {
            let source = paragraphs[index % paragraphs.count]
            let first = source[0]  // keeps each outlet's header lines, for the boilerplate stage
            let body = (0..<4).map { _ in source[next(source.count)] }
            try ([first, "Report \(index) from the newsroom."] + body).joined(separator: "\n\n").write(
                toFile: directory + String(format: "/article-%04d.txt", index), atomically: true, encoding: .utf8)
        }
    }

    static func lines(_ text: String) -> [String] { text.split(separator: "\n").map(String.init) }

    static func export(_ store: String) throws -> String {
        let result = try PipeProcess.run(["export", "--store", store])
        #expect(result.status == 0, "\(result.stderr)")
        return result.stdout
    }

    static func ids(_ jsonl: String) -> [String] {
        lines(jsonl).map { line in
            let object = try! JSONSerialization.jsonObject(with: Data(line.utf8)) as! [String: Any]
            return object["id"] as? String ?? "?"
        }
    }

    @Test func killedTwentyTimesThenCompletedEqualsAnUninterruptedRun() throws {
        let directory = try PipeProcess.temporaryDirectory()
        try Self.makeArticles(count: 240, in: directory + "/in")
        let common = ["run", "pipelines/default.conf", "--input", directory + "/in", "--commit-every", "8", "--jobs", "2", "--quiet"]

        let started = Date()
        let whole = try PipeProcess.run(common + ["--store", directory + "/whole.sqlite", "--output", directory + "/whole.jsonl"])
        let seconds = Date().timeIntervalSince(started)
        #expect(whole.status == 0, "\(whole.stderr)")

        var kills = 0
        var attempts = 0
        var generator = SystemRandomNumberGenerator()
        // The kill window starts at a twentieth of a run, so that twenty kills do not finish the
        // work between them (an eighth let a loaded machine's runs complete after 16 kills). It
        // widens while kills land before the first commit (a loaded machine starts slowly) and
        // narrows when a run completes before its kill, so that the kills spread over the run.
        var window = max(0.1, seconds / 20)
        var committed = 0
        var stalled = 0
        while kills < 20 && attempts < 80 {
            attempts += 1
            let process = Process()
            process.executableURL = URL(fileURLWithPath: PipeProcess.binary)
            process.arguments = common + ["--store", directory + "/killed.sqlite", "--output", directory + "/killed.jsonl"]
            process.currentDirectoryURL = URL(fileURLWithPath: PipeProcess.packageRoot)
            process.standardError = FileHandle.nullDevice
            try process.run()
            // Anywhere from start-up to a few batches in: opening the store, mid-batch, mid-commit,
            // while delivering the output. Short enough that the twenty kills spread over the run.
            usleep(useconds_t(Double.random(in: 0.02...window, using: &generator) * 1_000_000))
            if process.isRunning {
                kill(process.processIdentifier, SIGKILL)
                kills += 1
            } else {
                window = max(0.05, window / 2)
            }
            process.waitUntilExit()
            let probe = try PipeProcess.run(["export", "--store", directory + "/killed.sqlite"])
            let now = probe.status == 0 ? Self.lines(probe.stdout).count : 0
            stalled = now == committed ? stalled + 1 : 0
            committed = now
            if stalled >= 3 && committed == 0 { window *= 1.5 }
        }
        #expect(kills == 20)
        let storedBeforeFinish = Self.lines(try Self.export(directory + "/killed.sqlite")).count
        #expect(storedBeforeFinish > 0, "no kill landed after a commit")
        let finish = try PipeProcess.run(common + ["--store", directory + "/killed.sqlite", "--output", directory + "/killed.jsonl"])
        #expect(finish.status == 0, "\(finish.stderr)")

        let expected = try Self.export(directory + "/whole.sqlite")
        let actual = try Self.export(directory + "/killed.sqlite")
        #expect(Self.lines(expected).count == 240)
        #expect(Set(Self.ids(actual)).count == 240)
        #expect(actual == expected)
        // The uninterrupted run's output is its export.
        #expect(try String(contentsOfFile: directory + "/whole.jsonl", encoding: .utf8) == expected)
        print(
            "kill test: \(kills) kills in \(attempts) attempts; \(storedBeforeFinish)/240 documents committed before the last run; "
                + "uninterrupted run \(String(format: "%.2f", seconds)) s")
    }

    @Test func threeDropsWhileWatchingAreEachProcessedOnceAndARerunProcessesNothing() throws {
        let directory = try PipeProcess.temporaryDirectory()
        let watched = directory + "/drops", out = directory + "/out"
        try FileManager.default.createDirectory(atPath: watched, withIntermediateDirectories: true)
        let store = out + "/drops.sqlite"
        let process = Process()
        process.executableURL = URL(fileURLWithPath: PipeProcess.binary)
        process.arguments = [
            "watch", "pipelines/default.conf", watched, "--settle", "1", "--poll", "0.2", "--output", out + "/records.jsonl",
            "--store", store, "--jobs", "2",
        ]
        process.currentDirectoryURL = URL(fileURLWithPath: PipeProcess.packageRoot)
        let errPath = directory + "/watch.err"
        _ = FileManager.default.createFile(atPath: errPath, contents: nil)
        process.standardError = try FileHandle(forWritingTo: URL(fileURLWithPath: errPath))
        try process.run()
        defer { if process.isRunning { kill(process.processIdentifier, SIGKILL) } }

        func stored() -> [String] {
            guard FileManager.default.fileExists(atPath: store), let result = try? PipeProcess.run(["export", "--store", store]),
                result.status == 0
            else { return [] }
            return Self.ids(result.stdout)
        }
        // The deadline only bounds a failing run: a passing one stops waiting as soon as the records
        // are stored. It is generous because CI's two cores may be busy building or testing at once.
        func waitFor(_ count: Int) {
            let deadline = Date().addingTimeInterval(180)
            while stored().count < count && Date() < deadline { usleep(200_000) }
        }
        let seeds = try FileManager.default.contentsOfDirectory(atPath: PipeProcess.packageRoot + "/seeds").filter { $0.hasSuffix(".txt") }.sorted()
        let texts = try seeds.map { try String(contentsOfFile: PipeProcess.packageRoot + "/seeds/" + $0, encoding: .utf8) }

        // Drop 1: a folder of three articles appears (written elsewhere, then moved in).
        try FileManager.default.createDirectory(atPath: directory + "/staging", withIntermediateDirectories: true)
        for index in 0..<3 { try texts[index].write(toFile: directory + "/staging/\(seeds[index])", atomically: true, encoding: .utf8) }
        try FileManager.default.moveItem(atPath: directory + "/staging", toPath: watched + "/2026-11-21")
        waitFor(3)
        #expect(stored().count == 3)

        // Drop 2: one article arrives whole, another is still being written for a few seconds,
        // with pauses shorter than the settle time.
        try FileManager.default.createDirectory(atPath: watched + "/2026-11-22", withIntermediateDirectories: true)
        try texts[3].write(toFile: watched + "/2026-11-22/\(seeds[3])", atomically: true, encoding: .utf8)
        let growing = watched + "/2026-11-22/\(seeds[4])"
        _ = FileManager.default.createFile(atPath: growing, contents: nil)
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: growing))
        let bytes = Array(texts[4].utf8)
        let pieces = 8
        for piece in 0..<pieces {
            let range = (bytes.count * piece / pieces)..<(bytes.count * (piece + 1) / pieces)
            try handle.write(contentsOf: bytes[range])
            usleep(400_000)
        }
        try handle.close()
        waitFor(5)

        // Drop 3: a JSONL file of two records.
        let records = [["id": "wire-1", "text": "Bishkek, Oct 7 (AFP) - Protesters freed Almazbek Atambaev."], ["id": "wire-2", "text": "Sadyr Japarov was named prime minister."]]
        let jsonl = try records.map { String(decoding: try JSONSerialization.data(withJSONObject: $0, options: [.sortedKeys]), as: UTF8.self) }
        try (jsonl.joined(separator: "\n") + "\n").write(toFile: watched + "/wire.jsonl", atomically: true, encoding: .utf8)
        waitFor(7)

        kill(process.processIdentifier, SIGTERM)
        process.waitUntilExit()
        let log = try String(contentsOfFile: errPath, encoding: .utf8)
        #expect(process.terminationStatus == 0, "\(log)")

        let exported = try Self.export(store)
        let ids = Self.ids(exported)
        #expect(ids.sorted() == (seeds.map { String($0.dropLast(4)) } + ["wire-1", "wire-2"]).sorted())
        // The article that was still being written was read once, whole: never as a partial
        // document that a later cycle then saw changed.
        #expect(!log.contains(" 1 changed"), "\(log)")
        // Each document is in exactly one cycle's output.
        let outputs = try FileManager.default.contentsOfDirectory(atPath: out).filter { $0.hasPrefix("records-") && $0.hasSuffix(".jsonl") }
        let delivered = try outputs.flatMap { Self.ids(try String(contentsOfFile: out + "/" + $0, encoding: .utf8)) }
        #expect(delivered.sorted() == ids.sorted())
        // One cycle per drop at least: drop 2's whole article settles before the one still being written.
        #expect(outputs.count >= 3, "\(outputs)")

        // Running over the same drops again processes nothing, and says so.
        let rerun = try PipeProcess.run([
            "run", "pipelines/default.conf", "--input", watched + "/2026-11-21", "--input", watched + "/2026-11-22", "--input",
            watched + "/wire.jsonl", "--store", store, "--output", out + "/rerun.jsonl",
        ])
        #expect(rerun.status == 0, "\(rerun.stderr)")
        #expect(rerun.stderr.contains("nothing new — 7 unchanged documents"), "\(rerun.stderr)")
        #expect(try String(contentsOfFile: out + "/rerun.jsonl", encoding: .utf8).isEmpty)
    }

    @Test func storeIsOnByDefaultNextToTheOutputAndExportIsStable() throws {
        let directory = try PipeProcess.temporaryDirectory()
        try Self.makeArticles(count: 12, in: directory + "/in")
        let first = try PipeProcess.run(["run", "pipelines/default.conf", "--input", directory + "/in", "--output", directory + "/out/news.jsonl"])
        #expect(first.status == 0 && first.stderr.contains("store \(directory)/out/news.sqlite: 12 new, 0 changed, 0 unchanged, 0 failed"), "\(first.stderr)")
        try "An edited article about Atambaev.".write(toFile: directory + "/in/article-0003.txt", atomically: true, encoding: .utf8)
        try FileManager.default.moveItem(atPath: directory + "/in/article-0004.txt", toPath: directory + "/in/renamed.txt")
        let second = try PipeProcess.run(["run", "pipelines/default.conf", "--input", directory + "/in", "--output", directory + "/out/news.jsonl"])
        #expect(second.stderr.contains("0 new, 1 changed, 11 unchanged, 0 failed; 1 record written"), "\(second.stderr)")
        let export = try PipeProcess.run(["export", "--config", "pipelines/default.conf", "--store", directory + "/out/news.sqlite"])
        #expect(Self.ids(export.stdout).count == 12)
        #expect(Self.lines(export.stdout).last?.contains("An edited article about Atambaev.") == true)
        #expect(try Self.export(directory + "/out/news.sqlite") == export.stdout)
        let stateless = try PipeProcess.run(["run", "pipelines/default.conf", "--input", directory + "/in", "--output", directory + "/plain.jsonl", "--no-store"])
        #expect(stateless.status == 0 && !stateless.stderr.contains("store"))
        #expect(!FileManager.default.fileExists(atPath: directory + "/plain.sqlite"))
    }

    @Test func queryFindsEveryVariantOfANameAndTheSameQuotesForEverySpelling() throws {
        let directory = try PipeProcess.temporaryDirectory()
        let store = directory + "/seeds.sqlite"
        // The seeds never quote Atambayev directly, so one more article of the drop does, under two
        // spellings; the query must find those quotes whichever spelling (or script) it is asked in.
        try FileManager.default.createDirectory(atPath: directory + "/extra", withIntermediateDirectories: true)
        try """
            Atambaev speaks after his release

            BISHKEK – Former president Almazbek Atambayev addressed supporters outside the security service building on Tuesday.

            "I was not freed by force, I was freed by the people," Atambaev told the crowd.

            "We will not leave the square," Atambayev said later.
            """.write(toFile: directory + "/extra/atambaev.txt", atomically: true, encoding: .utf8)
        let run = try PipeProcess.run([
            "run", "pipelines/default.conf", "--input", "seeds", "--input", directory + "/extra", "--store", store,
            "--output", directory + "/seeds.jsonl",
        ])
        #expect(run.status == 0, "\(run.stderr)")
        var answers: [String] = []
        for spelling in ["Atambaev", "Atambayev", "Атамбаев"] {
            let mentions = try PipeProcess.run(["query", "mentions", spelling, "--store", store])
            #expect(mentions.status == 0)
            // The drop spells him Atambaev and Atambayev; the names stage gives both one canonical form.
            #expect(mentions.stdout.contains("Atambaev") && mentions.stdout.contains("Atambayev"), "\(mentions.stdout)")
            let quotes = try PipeProcess.run(["query", "quotes", spelling, "--store", store, "--json"])
            #expect(quotes.status == 0)
            answers.append(quotes.stdout)
        }
        #expect(Set(answers).count == 1)
        #expect(answers[0].contains("I was not freed by force, I was freed by the people"), "\(answers[0])")
        #expect(answers[0].contains("We will not leave the square"), "\(answers[0])")
        let text = try PipeProcess.run(["query", "text", "parliament AND Bishkek", "--store", store])
        #expect(text.status == 0 && !text.stdout.isEmpty && text.stdout.lowercased().contains("[parliament]"), "\(text.stdout)\(text.stderr)")
    }

    @Test func aCanonicalNameChosenByAnEarlierDropStaysWhenALaterDropSpellsItOtherwise() throws {
        let directory = try PipeProcess.temporaryDirectory()
        try FileManager.default.createDirectory(atPath: directory + "/d1", withIntermediateDirectories: true)
        try "Former president Almazbek Atambayev was freed on Tuesday.\n\nAtambayev spoke to supporters in the square.\n"
            .write(toFile: directory + "/d1/a.txt", atomically: true, encoding: .utf8)
        let topics = ["alpha", "bravo", "charlie", "delta"]
        try FileManager.default.createDirectory(atPath: directory + "/d2", withIntermediateDirectories: true)
        for (index, topic) in topics.enumerated() {
            try """
                Report \(index) on the \(topic) events: former president Almazbek Atambaev addressed \(index) thousand people.

                Later Atambaev met \(topic) officials, witnesses said in statement \(index).

                """.write(toFile: directory + "/d2/b\(index).txt", atomically: true, encoding: .utf8)
        }
        func canonicals(_ jsonl: String) -> Set<String> {
            Set(Self.lines(jsonl).flatMap { line -> [String] in
                let object = try! JSONSerialization.jsonObject(with: Data(line.utf8)) as! [String: Any]
                return (object["names"] as? [[String: Any]] ?? []).compactMap { $0["canonical"] as? String }
            })
        }
        // Alone, the second drop spells him Atambaev.
        let alone = try PipeProcess.run(["run", "pipelines/default.conf", "--input", directory + "/d2", "--output", "-", "--quiet"])
        #expect(canonicals(alone.stdout) == ["Almazbek Atambaev"])
        // After the first drop, the stored canonical form stays.
        for drop in ["d1", "d2"] {
            let run = try PipeProcess.run(["run", "pipelines/default.conf", "--input", directory + "/" + drop, "--output", directory + "/out.jsonl"])
            #expect(run.status == 0, "\(run.stderr)")
        }
        #expect(canonicals(try Self.export(directory + "/out.sqlite")) == ["Almazbek Atambayev"])
    }
}

