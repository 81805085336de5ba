package org.leadtocash.domain.common;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import com.google.errorprone.annotations.Var;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The Immutables style of an aggregate's state: {@link DomainStyle}'s settings, with one difference
 * — the public nested builder that extends the generated one is named {@code Restore} instead of
 * {@code Builder}, since building an aggregate by its attributes is only for restoring a stored
 * snapshot (a host or a codec reading it back); an aggregate otherwise comes from its commands or
 * its {@code replay}.
 *
 * <p>Its settings are {@link DomainStyle}'s, repeated (an Immutables style is not inherited): keep
 * the two in step.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    redactedMask = "***",
    depluralize = true,
    optionalAcceptNullable = false,
    typeInnerBuilder = "Restore",
    allowedClasspathAnnotations = {
      CanIgnoreReturnValue.class,
      Var.class,
      javax.annotation.processing.Generated.class
    })
public @interface AggregateStyle {}
