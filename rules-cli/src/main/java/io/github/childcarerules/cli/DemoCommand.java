package io.github.childcarerules.cli;

import io.github.childcarerules.cli.json.JsonRecords;
import io.github.childcarerules.cli.json.UnusableInputException;
import io.github.childcarerules.cli.report.TextRenderer;
import io.github.childcarerules.core.validation.RecordValidator;
import io.github.childcarerules.core.validation.ValidationReport;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code demo}: a guided run over the bundled example records, for a person at a terminal. */
@Command(
    name = "demo",
    description = "Validates each bundled example record, showing its outcome and violations.")
final class DemoCommand implements Callable<Integer> {
  private final StandardStreams streams;

  @SuppressWarnings("NullAway.Init") // injected by picocli
  @Mixin
  CommonOptions common;

  DemoCommand(StandardStreams streams) {
    this.streams = streams;
  }

  @Override
  public Integer call() throws IOException {
    TextRenderer text = new TextRenderer(common.language.locale());
    PrintStream out = streams.out();
    List<BundledExamples.Example> examples = BundledExamples.load();
    out.println(text.demoIntroduction(examples.size()));
    int valid = 0;
    for (int i = 0; i < examples.size(); i++) {
      BundledExamples.Example example = examples.get(i);
      out.println();
      out.println(text.demoExample(i + 1, examples.size(), example.name()));
      try {
        ValidationReport report =
            RecordValidator.validate(JsonRecords.read(new ByteArrayInputStream(example.content())));
        valid += report.isValid() ? 1 : 0;
        out.println(text.report(report));
      } catch (UnusableInputException e) {
        out.println(text.demoUnusable(e.getMessage()));
      }
    }
    out.println();
    out.println(text.demoConclusion(valid, examples.size()));
    return ExitStatus.DONE;
  }
}
