package io.github.childcarerules.core.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;
import org.immutables.vavr.encodings.VavrEncodingEnabled;

/**
 * The one Immutables style of rules-core: generated classes stay package-private behind the
 * abstract value types, and Vavr {@code Option}/{@code List}/{@code Map} attributes get
 * optional-aware builders. This package is not exported, so the style is internal to the module.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    jdkOnly = true,
    // No annotation found on the class path (@Generated and the like) goes into generated
    // classes: users compile without those jars and would get warnings. An empty list would
    // allow all of them; Override is never put on a class.
    allowedClasspathAnnotations = {Override.class},
    defaults = @Value.Immutable(copy = true))
@VavrEncodingEnabled
public @interface CoreStyle {}
