/**
 * The attestation of services provided that a provider gives the parent when an agreement ends or
 * the child receives no service for more than 90 days (RCR art. 20; RULES.md §8).
 */
@ResultStyle
@NullMarked
package io.github.childcarerules.occupation.attestation;

import io.github.childcarerules.occupation.internal.ResultStyle;
import org.jspecify.annotations.NullMarked;
