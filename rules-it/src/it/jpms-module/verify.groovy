// Runs the consumer's main class as a module: its module, ours and Vavr on the module path, nothing
// on the class path. Our modules must be named modules with the names the README gives.
def repo = localRepositoryPath
def version = childcareRulesVersion
def jar = { String group, String artifact, String v ->
  def f = new File(repo, "${group.replace('.', '/')}/${artifact}/${v}/${artifact}-${v}.jar")
  assert f.isFile() : "missing ${f}"
  f
}
def vavrDir = new File(repo, 'io/vavr/vavr')
def vavrVersion = vavrDir.list().find { new File(vavrDir, "${it}/vavr-${it}.jar").isFile() }
def modulePath = [
    new File(basedir, 'target/classes'),
    jar('io.github.childcarerules', 'rules-core', version),
    jar('io.github.childcarerules', 'rules-occupation', version),
    jar('io.vavr', 'vavr', vavrVersion),
]
def vavrMatch = new File(repo, "io/vavr/vavr-match/${vavrVersion}/vavr-match-${vavrVersion}.jar")
if (vavrMatch.isFile()) {
  modulePath << vavrMatch
}
modulePath = modulePath.join(File.pathSeparator)
def java = new File(System.getProperty('java.home'), 'bin/java').path
def process = [java, '--module-path', modulePath, '--module', 'org.example.consumer/org.example.consumer.Main'].execute()
def out = new StringBuilder(), err = new StringBuilder()
process.waitForProcessOutput(out, err)
println out
println err
assert process.exitValue() == 0 : "the module did not run: ${err}"
def lines = out.toString().readLines()
assert lines.contains('child.lastName CHILD_LAST_NAME_TOO_LONG')
assert lines.contains('child.sex CHILD_SEX_REQUIRED')
assert lines.contains('module io.github.childcarerules.core')
assert lines.contains('valid false')
assert lines.contains('halfDays 0')
// French and English texts of core and occupation, read by core's one loader from each module
assert lines.contains('message The child’s last name has 51 characters; at most 50 are allowed.') : lines
assert lines.contains('section Child identification')
assert lines.contains('attestation Attestation of services provided as of 2024-06-30 (reference year from 2023-09-01 to 2024-08-31)')
assert lines.contains('  attestation due: no')
return true
