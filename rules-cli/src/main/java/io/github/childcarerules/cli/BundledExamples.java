package io.github.childcarerules.cli;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The example records of the repository's {@code examples/} folder, which the build copies into the
 * jar (or the classes folder) under {@value #FOLDER}. Records are the folder's own {@code *.json}
 * files; the documents of other commands live in its subfolders ({@code allocation/}, {@code
 * places/}, {@code coverage/}).
 */
final class BundledExamples {
  static final String FOLDER = "childcare-rules/examples";

  private BundledExamples() {}

  /** One example: its file name and its content. */
  record Example(String name, byte[] content) {}

  /** Every bundled {@code *.json} example, by name; none when nothing was bundled. */
  static List<Example> load() throws IOException {
    CodeSource code = BundledExamples.class.getProtectionDomain().getCodeSource();
    if (code == null) {
      return List.of();
    }
    Path location;
    try {
      location = Path.of(code.getLocation().toURI());
    } catch (URISyntaxException | IllegalArgumentException e) {
      return List.of();
    }
    if (Files.isDirectory(location)) {
      return load(location.resolve(FOLDER));
    }
    try (FileSystem jar = FileSystems.newFileSystem(location)) {
      return load(jar.getPath(FOLDER));
    }
  }

  private static List<Example> load(Path folder) throws IOException {
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    List<Path> files;
    try (Stream<Path> listing = Files.list(folder)) {
      files =
          listing
              .filter(file -> name(file).endsWith(".json"))
              .sorted(Comparator.comparing(BundledExamples::name))
              .toList();
    }
    List<Example> examples = new ArrayList<>();
    for (Path file : files) {
      examples.add(new Example(name(file), Files.readAllBytes(file)));
    }
    return examples;
  }

  private static String name(Path file) {
    return file.getFileName().toString();
  }
}
