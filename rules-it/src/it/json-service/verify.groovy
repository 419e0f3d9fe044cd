// The service's tests ran (four of them) and passed, compiled against rules-json with -Xlint:all -Werror.
def log = new File(basedir, 'build.log').text
assert log.contains('Tests run: 4, Failures: 0, Errors: 0, Skipped: 0') : 'the service tests did not run'
assert !log.contains('[WARNING] COMPILATION WARNING') : 'a compiler warning reached the consumer'
return true
