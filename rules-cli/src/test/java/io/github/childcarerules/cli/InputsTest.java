package io.github.childcarerules.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.childcarerules.json.UnusableInput;
import io.github.childcarerules.json.internal.UnusableInputException;
import io.vavr.control.Validation;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The FILE arguments: what is opened, and the one line that names a file that cannot be used. */
class InputsTest {
  @TempDir Path folder;

  private final InputStream standardInput = new ByteArrayInputStream("from stdin".getBytes(UTF_8));

  private static String text(InputStream in) {
    try {
      return new String(in.readAllBytes(), UTF_8);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void aDashIsStandardInputAndAnyOtherNameAFile() {
    String file = Fixtures.write(folder, "-x", "from the file");

    assertThat(Inputs.read("-", standardInput, InputsTest::text)).isEqualTo("from stdin");
    assertThat(Inputs.read(file, standardInput, InputsTest::text)).isEqualTo("from the file");
  }

  @Test
  void aFileThatCannotBeOpenedIsNamedWithWhy() {
    assertThatThrownBy(() -> Inputs.read(folder.toString(), standardInput, InputsTest::text))
        .isInstanceOf(UnusableInputException.class)
        .hasMessage(folder + ": is a directory, expected a file");
    String missing = folder.resolve("missing.json").toString();
    assertThatThrownBy(() -> Inputs.read(missing, standardInput, InputsTest::text))
        .isInstanceOf(UnusableInputException.class)
        .hasMessage(missing + ": no such file");
    assertThatThrownBy(() -> Inputs.read("a\0b", standardInput, InputsTest::text))
        .isInstanceOf(UnusableInputException.class)
        .hasMessage("a b: not a valid file name");
  }

  @Test
  void aReadThatFailsIsNamedWithTheReason() {
    assertThatThrownBy(
            () ->
                Inputs.read(
                    "-",
                    standardInput,
                    in -> {
                      throw Inputs.unreadable(new IOException("device gone"));
                    }))
        .isInstanceOf(UnusableInputException.class)
        .hasMessage("standard input: cannot read: device gone");
    assertThat(Inputs.unreadable(new IOException())).hasMessage("cannot read: input/output error");
  }

  @Test
  void aStreamThatFailsToCloseIsAFailedRead() {
    InputStream failsToClose =
        new ByteArrayInputStream(new byte[0]) {
          @Override
          public void close() throws IOException {
            throw new IOException("closed twice");
          }
        };

    assertThatThrownBy(() -> Inputs.read("-", failsToClose, InputsTest::text))
        .isInstanceOf(UnusableInputException.class)
        .hasMessage("standard input: cannot read: closed twice");
  }

  @Test
  void anUnusableDocumentIsTheReadersOneLineNamingTheFile() {
    String document =
        Inputs.document(
            "-", standardInput, in -> Validation.<UnusableInput, String>valid(text(in)));
    assertThat(document).isEqualTo("from stdin");
    assertThatThrownBy(
            () ->
                Inputs.document(
                    "-",
                    standardInput,
                    in -> Validation.invalid(new UnusableInput("line 1: expected a record"))))
        .isInstanceOf(UnusableInputException.class)
        .hasMessage("standard input: line 1: expected a record");
  }

  @Test
  void standardInputIsNamedSoAndAFileByItsName() {
    assertThat(Inputs.name("-")).isEqualTo("standard input");
    assertThat(Inputs.name("record.json")).isEqualTo("record.json");
  }
}
