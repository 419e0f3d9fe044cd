// The consumer's own tests ran (two of them) and passed, with versions from the BOM only.
def log = new File(basedir, 'build.log').text
assert log.contains('Tests run: 2, Failures: 0, Errors: 0, Skipped: 0') : 'the consumer tests did not run'
assert !log.contains('[WARNING] COMPILATION WARNING') : 'a compiler warning reached the consumer'
return true
