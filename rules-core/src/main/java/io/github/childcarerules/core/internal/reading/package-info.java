/**
 * The one typed reading of a record that every rule and count works on: entered dates parsed once,
 * the extent of each element, the age brackets in force, reference years, and the closed-form
 * timelines of planned half-days. Exported only to rules-occupation; not part of the public API.
 */
@NullMarked
package io.github.childcarerules.core.internal.reading;

import org.jspecify.annotations.NullMarked;
