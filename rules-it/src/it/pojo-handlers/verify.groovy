// The team's four tests ran and passed, compiled with -Xlint:all -Werror against the installed jars.
def log = new File(basedir, 'build.log').text
assert log.contains('Tests run: 4, Failures: 0, Errors: 0, Skipped: 0') : 'the consumer tests did not run'
assert !log.contains('[WARNING] COMPILATION WARNING') : 'a compiler warning reached the consumer'
return true
