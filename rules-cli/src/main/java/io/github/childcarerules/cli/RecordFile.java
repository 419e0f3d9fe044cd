package io.github.childcarerules.cli;

import io.github.childcarerules.cli.json.JsonRecords;
import io.github.childcarerules.cli.json.UnusableInputException;
import io.github.childcarerules.core.record.ParentChildRecord;
import java.io.IOException;
import java.io.InputStream;

/** The one record of a FILE argument (or {@code -}); unusable input names the file. */
final class RecordFile {
  private RecordFile() {}

  static ParentChildRecord read(String file, StandardStreams streams) {
    try (InputStream in = Inputs.open(file, streams.in())) {
      return JsonRecords.read(in);
    } catch (IOException e) {
      throw Inputs.unreadable(e).in(Inputs.name(file));
    } catch (UnusableInputException e) {
      throw e.in(Inputs.name(file));
    }
  }
}
