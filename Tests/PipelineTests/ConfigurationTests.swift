import Pipeline
import Testing

@Suite struct ConfigurationTests {
    @Test func parsesEveryValueKind() throws {
        let p = try plan(
            """
            # a comment
            input  ["a.txt", "b/*.txt"]   # trailing comment
            output "-"
            workers 3
            on_error abort
            state "out/state"
            stage test.upcase {
                suffix = "!\\n\\u{1F600}"
                times 2
                enabled false
                ratio 0.5
                tags ["x", "y"]
            }
            """)
        #expect(p.configuration.inputs == ["a.txt", "b/*.txt"])
        #expect(p.configuration.output == "-")
        #expect(p.configuration.workers == 3)
        #expect(p.configuration.onError == .abort)
        #expect(p.configuration.statePath == "out/state")
        #expect(p.stageNames == ["test.upcase"])
        let results = try p.process([Document(id: "1", text: "hi")])
        #expect(try results[0].get().text == "HI!\n😀")
    }

    @Test func workersAutoMeansUnset() throws {
        #expect(try plan("workers auto").configuration.workers == nil)
    }

    @Test func unknownStageSuggestsNearest() {
        #expect(
            diagnostics("stage test.upcse { }") == """
                error: unknown stage 'test.upcse'
                 --> test.conf:1:7
                  |
                1 | stage test.upcse { }
                  |       ^^^^^^^^^^ did you mean 'test.upcase'?
                """)
    }

    @Test func unknownOptionSuggestsNearest() {
        #expect(
            diagnostics("stage test.upcase {\n    sufix \"x\"\n}") == """
                error: unknown option 'sufix' for stage 'test.upcase'
                 --> test.conf:2:5
                  |
                2 |     sufix "x"
                  |     ^^^^^ did you mean 'suffix'?
                """)
    }

    @Test func wrongTypeNamesExpectedAndFound() {
        #expect(
            diagnostics("stage test.upcase { times \"two\" }") == """
                error: expected a whole number, found a string "two"
                 --> test.conf:1:27
                  |
                1 | stage test.upcase { times "two" }
                  |                           ^^^^^
                """)
    }

    @Test func unterminatedString() {
        #expect(
            diagnostics("output \"out.jsonl\ninput \"a\"") == """
                error: unterminated string
                 --> test.conf:1:8
                  |
                1 | output "out.jsonl
                  |        ^ add a closing '"' before the end of the line
                """)
    }

    @Test func unmetRequirementNamesProvider() {
        #expect(
            diagnostics("stage test.needs-words { }") == """
                error: stage 'test.needs-words' requires 'words', which no earlier stage provides
                 --> test.conf:1:7
                  |
                1 | stage test.needs-words { }
                  |       ^^^^^^^^^^^^^^^^ add 'test.words' before it
                """)
    }

    @Test func textRewriteAfterOffsetsIsRejected() {
        #expect(diagnostics("stage test.words { }\nstage test.upcase { }").contains("stage 'test.upcase' rewrites the text after 'test.words' set offsets into it"))
    }

    @Test func stageInitializerErrorsPointAtTheStage() {
        #expect(diagnostics("stage test.upcase { times 0 }").contains("stage 'test.upcase' rejected its options: times must be at least 1\n --> test.conf:1:7"))
    }

    @Test func everyProblemIsReportedInOnePass() {
        let text = """
            output "x.jsonl
            workerz 2
            stage test.upcse { }
            stage test.upcase {
                sufix "!"
                times "3"
            }
            stage test.needs-words { }
            """
        let rendered = diagnostics(text)
        for expected in [
            "unterminated string\n --> test.conf:1:8", "unknown statement 'workerz'\n --> test.conf:2:1",
            "unknown stage 'test.upcse'\n --> test.conf:3:7", "unknown option 'sufix' for stage 'test.upcase'\n --> test.conf:5:5",
            "expected a whole number, found a string \"3\"\n --> test.conf:6:11",
            "requires 'words', which no earlier stage provides\n --> test.conf:8:7",
        ] {
            #expect(rendered.contains(expected), "missing: \(expected)\n\(rendered)")
        }
    }

    @Test(arguments: [
        ("workers 0", "workers must be a whole number of 1 or more, or auto"),
        ("on_error skip", "on_error must be 'record' or 'abort', not 'skip'"),
        ("input 3", "expected a path in quotes, found a number 3"),
        ("stage test.upcase { suffix \"a\"\nsuffix \"b\" }", "option 'suffix' is given twice"),
        ("stage test.upcase { tags [\"a\", \"b\" }", "unterminated list"),
        ("stage test.explode { anything 1 }", "unknown option 'anything' for stage 'test.explode'"),
        ("stage test.upcase {", "unterminated block for 'stage'"),
        ("}", "unexpected '}'"),
        ("input \"a\" \"b\"\ninput \"c\"", "'input' is given twice"),
        ("stage test.upcase { enabled yes }", "expected a boolean (true or false), found the word 'yes'"),
        ("stage test.upcase { suffix \"\\q\" }", "unknown escape '\\q' in string"),
    ])
    func diagnosesMistakes(text: String, message: String) {
        #expect(diagnostics(text).contains(message), "\(diagnostics(text))")
    }

    @Test func missingFileIsAClearError() {
        #expect(throws: ConfigurationError.self) { try PipelineConfiguration.load(path: "/nonexistent/x.conf") }
        do {
            _ = try PipelineConfiguration.load(path: "/nonexistent/x.conf")
        } catch {
            #expect("\(error)".hasPrefix("error: no such configuration file\n --> /nonexistent/x.conf:1:1"))
        }
    }

    @Test func optionsParserForHarnesses() throws {
        struct Options: Decodable {
            var locale: String
            var extra: [String]
        }
        let options = try StageOptionsParser.decode(Options.self, from: "locale \"ru\"\nextra [\"Gen.\", \"Col.\"]", stageName: "x")
        #expect(options.locale == "ru" && options.extra == ["Gen.", "Col."])
        #expect(throws: ConfigurationError.self) {
            try StageOptionsParser.decode(Options.self, from: "locale \"ru\"", stageName: "x")
        }
    }
}
