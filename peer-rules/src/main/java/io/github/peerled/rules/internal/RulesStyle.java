package io.github.peerled.rules.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The Immutables style of the rules' value types, the same as the core's: JDK collections only,
 * public builders, plain accessor names, and no annotation from the processor's own jar on the
 * generated classes, so a host needs neither that jar nor this package.
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
public @interface RulesStyle {}
