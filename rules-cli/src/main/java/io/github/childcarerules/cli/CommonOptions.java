package io.github.childcarerules.cli;

import picocli.CommandLine.Option;

/** The options every command shares: help and the language of messages. */
final class CommonOptions {
  @Option(
      names = {"-h", "--help"},
      usageHelp = true,
      description = "Show this help and exit.")
  boolean help;

  @Option(
      names = "--lang",
      paramLabel = "fr|en",
      defaultValue = "fr",
      converter = Language.Converter.class,
      description = "Language of messages: fr (default) or en.")
  Language language = Language.FRENCH;
}
