/**
 * Compile-time support for the Immutables value types of childcare-rules: the encoding of Vavr's
 * {@code Option} that reads a {@code null} plain value as absent.
 */
@NullMarked
package io.github.childcarerules.style;

import org.jspecify.annotations.NullMarked;
