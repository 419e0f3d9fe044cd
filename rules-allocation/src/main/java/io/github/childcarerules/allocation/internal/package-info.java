/** Implementation details of rules-allocation; not exported. */
@NullMarked
package io.github.childcarerules.allocation.internal;

import org.jspecify.annotations.NullMarked;
