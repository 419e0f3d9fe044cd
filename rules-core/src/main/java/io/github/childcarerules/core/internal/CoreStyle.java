package io.github.childcarerules.core.internal;

import io.github.childcarerules.style.CheckedListEncodingEnabled;
import io.github.childcarerules.style.CheckedMapEncodingEnabled;
import io.github.childcarerules.style.NullableOptionEncodingEnabled;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;
import org.immutables.vavr.encodings.VavrIndexedSeqEncodingEnabled;
import org.immutables.vavr.encodings.VavrSeqEncodingEnabled;
import org.immutables.vavr.encodings.VavrSetEncodingEnabled;
import org.immutables.vavr.encodings.VavrSortedMapEncodingEnabled;
import org.immutables.vavr.encodings.VavrSortedSetEncodingEnabled;
import org.immutables.vavr.encodings.VavrVectorEncodingEnabled;

/**
 * The one Immutables style of rules-core: generated classes stay package-private behind the
 * abstract value types, and Vavr {@code Option}/{@code List}/{@code Map} attributes get
 * optional-aware builders; {@code null} given for an {@code Option} attribute means absent. The
 * annotation has class retention and only rules-core's own packages carry it; the package is
 * exported to the library's modules (for {@code NoNulls} and {@code MessageBundle}), never to
 * users.
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
    defaults = @Value.Immutable(copy = true))
// Ours (rules-style) for Option, List and Map: a null plain value given to a builder or a withX
// means absent; a null list or map is kept for the type's check to refuse it by name. Vavr's
// encodings for the other collections.
@NullableOptionEncodingEnabled
@CheckedListEncodingEnabled
@CheckedMapEncodingEnabled
@VavrSeqEncodingEnabled
@VavrIndexedSeqEncodingEnabled
@VavrVectorEncodingEnabled
@VavrSetEncodingEnabled
@VavrSortedSetEncodingEnabled
@VavrSortedMapEncodingEnabled
public @interface CoreStyle {}
