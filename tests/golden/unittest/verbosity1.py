# The text runner's report at verbosity 1: failures, errors, skips,
# expected failures, unexpected successes and failing subtests.
import _sample
import _support

result = _support.run(_sample.Sample, verbosity=1)
print(result.testsRun, len(result.failures), len(result.errors), len(result.skipped),
      len(result.expectedFailures), len(result.unexpectedSuccesses), result.wasSuccessful())
