import AcmeStages
import PipelineCLI
import Stages

// `acme-pipe run|check|stages`: pipe's command line with the built-in stages and ours.
PipeCommand.main { registry in
    try BuiltinStages.register(into: &registry)
    try AcmeStages.register(into: &registry)
}
