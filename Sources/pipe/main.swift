import PipelineCLI
import Stages

PipeCommand.main(registerStages: BuiltinStages.register(into:))
