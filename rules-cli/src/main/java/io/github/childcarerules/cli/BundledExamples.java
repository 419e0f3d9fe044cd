package io.github.childcarerules.cli;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The files of the repository's {@code examples/} folder, which the build copies into the jar (or
 * the classes folder) under {@value #FOLDER}. Records are the folder's own {@code *.json} files;
 * the documents of other commands live in its subfolders ({@code allocation/}, {@code places/},
 * {@code coverage/}).
 */
final class BundledExamples {
  static final String FOLDER = "childcare-rules/examples";

  private final SortedMap<String, byte[]> files;

  private BundledExamples(SortedMap<String, byte[]> files) {
    this.files = files;
  }

  /** One example: its file name and its content. */
  record Example(String name, byte[] content) {}

  /**
   * Examples of these {@code files}, by path within the examples folder ({@code
   * allocation/girouette.json}).
   */
  static BundledExamples of(SortedMap<String, byte[]> files) {
    return new BundledExamples(Collections.unmodifiableSortedMap(new TreeMap<>(files)));
  }

  /** Every bundled example, subfolders included; none when nothing was bundled. */
  static BundledExamples load() throws IOException {
    CodeSource code = BundledExamples.class.getProtectionDomain().getCodeSource();
    if (code == null) {
      return of(new TreeMap<>());
    }
    Path location;
    try {
      location = Path.of(code.getLocation().toURI());
    } catch (URISyntaxException | IllegalArgumentException e) {
      return of(new TreeMap<>());
    }
    if (Files.isDirectory(location)) {
      return load(location.resolve(FOLDER));
    }
    try (FileSystem jar = FileSystems.newFileSystem(location)) {
      return load(jar.getPath(FOLDER));
    }
  }

  private static BundledExamples load(Path folder) throws IOException {
    SortedMap<String, byte[]> files = new TreeMap<>();
    if (Files.isDirectory(folder)) {
      List<Path> paths;
      try (Stream<Path> walk = Files.walk(folder)) {
        paths = walk.filter(Files::isRegularFile).toList();
      }
      for (Path file : paths) {
        files.put(folder.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
      }
    }
    return new BundledExamples(files);
  }

  /** The example records: the {@code *.json} files of the folder itself, by name. */
  List<Example> records() {
    return files.entrySet().stream()
        .filter(file -> !file.getKey().contains("/") && file.getKey().endsWith(".json"))
        .map(file -> new Example(file.getKey(), file.getValue()))
        .toList();
  }

  /** The example at {@code path} within the examples folder, if it was bundled. */
  Optional<byte[]> file(String path) {
    return Optional.ofNullable(files.get(path));
  }
}
