/**
 * Implementation details of rules-allocation; not exported. The engine follows the policy's steps,
 * one type each: {@code ScenarioView} (the checked scenario read once), {@code Decreases}, {@code
 * StepOne} (the search for candidates), {@code StepTwo} (verification and the board), {@code
 * Outcomes} (statuses and letters), {@code Grids} (annex 6), orchestrated by {@code Engine}.
 */
@NullMarked
package io.github.childcarerules.allocation.internal;

import org.jspecify.annotations.NullMarked;
