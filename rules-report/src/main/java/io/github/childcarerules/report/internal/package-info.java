/**
 * How a page is drawn up: its words (French and English bundles), the elements of a record and the
 * violations pinned to them, the geometry of the charts, and the page models the templates of
 * {@code src/main/jte} lay out. Not exported: {@code Reports} is the module's API.
 */
@NullMarked
package io.github.childcarerules.report.internal;

import org.jspecify.annotations.NullMarked;
