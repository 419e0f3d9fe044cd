package io.github.childcarerules.allocation.internal;

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
 * The one Immutables style of rules-allocation, as in rules-core: generated classes stay
 * package-private behind the abstract value types, and Vavr attributes get optional-aware builders.
 * This package is not exported: the style is internal to the module.
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
// Vavr's encodings for collections; for Option, List and Map, ours (rules-style): a null plain
// value
// given to a builder or a withX means absent instead of failing, and a null list or map is refused
// with a message naming the field, whichever builder method is given it.
@NullableOptionEncodingEnabled
@CheckedListEncodingEnabled
@CheckedMapEncodingEnabled
@VavrSeqEncodingEnabled
@VavrIndexedSeqEncodingEnabled
@VavrVectorEncodingEnabled
@VavrSetEncodingEnabled
@VavrSortedSetEncodingEnabled
@VavrSortedMapEncodingEnabled
public @interface AllocationStyle {}
