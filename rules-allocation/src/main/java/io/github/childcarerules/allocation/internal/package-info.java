/**
 * Implementation details of rules-allocation; not exported. The engine follows the policy's steps,
 * one type each: {@code ScenarioReader} (the checks, reading the scenario once into a {@code
 * Reading}), {@code Decreases}, {@code StepOne} (where a batch searches and how it screens a
 * request), {@code StepTwo} (verification of a candidate's file), {@code Walk} (one batch, with the
 * board's decisions, changing nothing), {@code RequestLife} and {@code Register} (a request's
 * progress and the queues), {@code Outcomes} (statuses and letters), {@code Grids} (annex 6);
 * {@code Engine} runs the allocation and {@code Audit} the audit of a BC's decisions, on the same
 * walk.
 */
@NullMarked
package io.github.childcarerules.allocation.internal;

import org.jspecify.annotations.NullMarked;
