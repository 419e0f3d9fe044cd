/**
 * The command line: {@link io.github.childcarerules.cli.Main} and its picocli commands (one class
 * each, from {@code validate} to {@code demo}), their options, files and exit codes.
 */
@NullMarked
package io.github.childcarerules.cli;

import org.jspecify.annotations.NullMarked;
