// Runs the service's main class as a module: its module, ours, Vavr and jte's runtime on the module
// path, nothing on the class path. The templates were compiled into rules-report: no template
// engine, no class loaded by name, no package of ours opened to jte.
def repo = localRepositoryPath
def version = childcareRulesVersion
def jar = { String group, String artifact, String v ->
  def f = new File(repo, "${group.replace('.', '/')}/${artifact}/${v}/${artifact}-${v}.jar")
  assert f.isFile() : "missing ${f}"
  f
}
def only = { String group, String artifact ->
  def dir = new File(repo, "${group.replace('.', '/')}/${artifact}")
  def v = dir.list().find { new File(dir, "${it}/${artifact}-${it}.jar").isFile() }
  assert v : "missing ${group}:${artifact}"
  jar(group, artifact, v)
}
def modulePath = [
    new File(basedir, 'target/classes'),
    jar('io.github.childcarerules', 'rules-report', version),
    jar('io.github.childcarerules', 'rules-core', version),
    jar('io.github.childcarerules', 'rules-occupation', version),
    jar('io.github.childcarerules', 'rules-allocation', version),
    only('io.vavr', 'vavr'),
    only('gg.jte', 'jte-runtime'),
]
def vavrMatch = new File(repo, 'io/vavr/vavr-match')
if (vavrMatch.isDirectory()) {
  modulePath << only('io.vavr', 'vavr-match')
}
modulePath = modulePath.join(File.pathSeparator)
def java = new File(System.getProperty('java.home'), 'bin/java').path
def process = [java, '--module-path', modulePath, '--module', 'org.example.pages/org.example.pages.Main'].execute()
def out = new StringBuilder(), err = new StringBuilder()
process.waitForProcessOutput(out, err)
println out
println err
assert process.exitValue() == 0 : "the module did not run: ${err}"
def lines = out.toString().readLines()
assert lines.contains('module io.github.childcarerules.report') : lines
assert lines.contains('escaped true')
assert lines.contains('script false')
assert lines.contains('english true')
assert lines.contains('finding true')
assert lines.contains('grid true')
assert lines.contains('letter true')
assert lines.contains('bold false')
def log = new File(basedir, 'build.log').text
assert !log.contains('[WARNING] COMPILATION WARNING') : 'a compiler warning reached the consumer'
return true
