/** Implementation details of rules-occupation; not exported. */
@NullMarked
package io.github.childcarerules.occupation.internal;

import org.jspecify.annotations.NullMarked;
