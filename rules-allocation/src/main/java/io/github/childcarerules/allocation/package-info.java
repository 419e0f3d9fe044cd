/**
 * The allocation of subsidized places by a coordinating office: registers of requests turned into
 * decisions, each with its trail (RULES.md §9, POL "Étape 1" and "Étape 2").
 */
@NullMarked
package io.github.childcarerules.allocation;

import org.jspecify.annotations.NullMarked;
