package io.github.childcarerules.occupation.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;
import org.immutables.vavr.encodings.VavrEncodingEnabled;

/**
 * The Immutables style of the packages whose values are computed results ({@code OccupationCount},
 * {@code Attestation}): package-private generated classes as in {@link OccupationStyle}, but
 * without {@code with*} copies ({@code copy = false}), so that only the library makes them and
 * their parts always agree, and with Vavr's own encodings for every Vavr type ({@code
 * VavrEncodingEnabled}, {@code Option} included): only the library builds these values, never from
 * a {@code null}, so they need none of the null-as-absent builders of the input types. The style is
 * set on the package rather than as an element of the type's annotation: an annotation element on a
 * public type makes users' {@code -Xlint:all -Werror} builds fail, since Immutables is not on their
 * class path.
 *
 * @since 0.1.0
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
    defaults = @Value.Immutable(copy = false))
@VavrEncodingEnabled
public @interface ResultStyle {}
