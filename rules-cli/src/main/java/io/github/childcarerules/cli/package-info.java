/**
 * The command line: {@link io.github.childcarerules.cli.Main} and its picocli commands ({@code
 * validate}, {@code rules}, {@code demo}), their options, files and exit codes.
 */
@NullMarked
package io.github.childcarerules.cli;

import org.jspecify.annotations.NullMarked;
