package io.github.childcarerules.allocation.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;
import org.immutables.vavr.encodings.VavrEncodingEnabled;

/**
 * The one Immutables style of rules-allocation, as in rules-core: generated classes stay
 * package-private behind the abstract value types, and Vavr attributes get optional-aware builders.
 * This package is not exported, so the style is internal to the module.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    jdkOnly = true,
    defaults = @Value.Immutable(copy = true))
@VavrEncodingEnabled
public @interface AllocationStyle {}
