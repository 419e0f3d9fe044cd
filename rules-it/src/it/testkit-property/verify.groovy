// The user's two properties ran through the testkit and passed, with jqwik 1.9.3 (the BOM's pin),
// and nothing in the run addressed automated agents (jqwik 1.10+ prints such a line in every run).
def log = new File(basedir, 'build.log').text
assert log.contains('Tests run: 2, Failures: 0, Errors: 0, Skipped: 0') : 'the properties did not run'
assert log.contains('tries = 100') : 'jqwik did not report the properties'
assert !log.contains('[WARNING] COMPILATION WARNING') : 'a compiler warning reached the consumer'
def agentLines = log.readLines().findAll { it =~ /(?i)\bAI\b|\bagents?\b/ }
assert agentLines.isEmpty() : "the test run printed a line addressed to agents: ${agentLines}"
def classpath = new File(basedir, 'target/test-classes').exists()
assert classpath
return true
