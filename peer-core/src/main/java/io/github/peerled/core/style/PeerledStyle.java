package io.github.peerled.core.style;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of Peerled: JDK collections only (no Guava at run time), public
 * builders, and plain accessor names. Applied to every package that declares value types.
 *
 * <p>The generated classes carry no annotation with members from the annotation processor's own jar
 * (such as its {@code Generated} marker), so a host compiles against Peerled's jars without that
 * jar and with every lint warning an error. Listing one annotation that is always present turns off
 * every other annotation the processor would add because it found it on the class path.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    jdkOnly = true,
    visibility = Value.Style.ImplementationVisibility.PUBLIC,
    builderVisibility = Value.Style.BuilderVisibility.PUBLIC,
    defaults = @Value.Immutable(copy = true),
    depluralize = true,
    allParameters = false,
    allowedClasspathAnnotations = Override.class)
public @interface PeerledStyle {}
