package org.leadtocash.jackson;

import com.fasterxml.jackson.databind.JsonMappingException;
import java.io.Closeable;
import org.jspecify.annotations.Nullable;
import org.leadtocash.domain.common.FreeText;

/**
 * A JSON document or a value the codec refuses: it names the type (an event's stored type name and
 * schema version, such as {@code contract.drafted v1}, a snapshot's, such as {@code snapshot
 * contract v1}, or a value's class) and the field, as a path from the document's root ({@code
 * $.value.amount}, {@code $.clauses[1].text}).
 *
 * <p>When a value breaks a domain rule, the message keeps the domain's own message, with its {@code
 * [DOMAIN Dx.y]} where the domain names one, and the domain's exception is the cause.
 *
 * <p>A JSON document is input: a type name, a field name or a value read from it may hold a line
 * feed or another control character. The type, the field, the problem and the whole message,
 * Jackson's location included, are therefore {@linkplain FreeText#escaped escaped} ({@code \n},
 * never a raw line break), in the message and in the accessors, as every domain refusal is, so that
 * no document can forge a log line (DESIGN §2). A cause is kept only when no message along its
 * chain holds a raw control character: a JDK parser's exception, which quotes the text it failed on
 * raw ({@code DateTimeParseException}), is not kept as the cause.
 *
 * <p>What a host reading with {@link LeadToCashModule#strictMapper()} (or its own mapper with the
 * module) can catch: this exception, for every refusal of the codec (a subclass of Jackson's {@link
 * JsonMappingException}, so of {@link java.io.IOException}); and Jackson's own {@code
 * StreamReadException} or {@code JsonMappingException} for a document that is not JSON at all
 * (malformed text, a key twice, trailing tokens, no content), which Jackson raises before the codec
 * sees a value.
 */
public final class LeadToCashJsonException extends JsonMappingException {

  private static final long serialVersionUID = 1L;

  /** The type refused, as {@link #type()} returns it. */
  private final String type;

  /** The field refused, as {@link #field()} returns it. */
  private final String field;

  /** What is wrong, as {@link #problem()} returns it. */
  private final String problem;

  LeadToCashJsonException(
      @Nullable Closeable processor,
      String verb,
      String type,
      String field,
      String problem,
      @Nullable Throwable cause) {
    super(
        processor,
        "Cannot "
            + verb
            + " "
            + FreeText.escaped(type)
            + " at "
            + FreeText.escaped(field)
            + ": "
            + FreeText.escaped(problem),
        quotable(cause));
    this.type = FreeText.escaped(type);
    this.field = FreeText.escaped(field);
    this.problem = FreeText.escaped(problem);
  }

  /**
   * Returns the cause to keep: {@code cause} itself when no message along its chain holds a raw
   * control character or line or paragraph separator, otherwise none. A JDK or Jackson exception
   * quotes the text it failed on as it stands ({@code Text '…' could not be parsed}); the refusal's
   * own message already says what was wrong, escaped, so such a cause is dropped rather than let it
   * carry raw input into a host's log (issue 12 §5). The domain's exceptions escape what they
   * quote, and are kept.
   */
  private static @Nullable Throwable quotable(@Nullable Throwable cause) {
    for (Throwable t = cause; t != null; t = t.getCause()) {
      String message = t.getMessage();
      if (message != null && !message.equals(FreeText.escaped(message))) {
        return null;
      }
    }
    return cause;
  }

  /**
   * Returns the message: the refusal, then where in the document it was found. Jackson puts the
   * location on a line of its own; here the whole message is {@linkplain FreeText#escaped escaped},
   * so that it stays one line, like every refusal's (DESIGN §2).
   *
   * @return the message on one line, never null
   */
  @Override
  public String getMessage() {
    return FreeText.escaped(String.valueOf(super.getMessage()));
  }

  /**
   * {@return the type refused: an event's stored type name and schema version ({@code
   * contract.drafted v1}), a snapshot's ({@code snapshot contract v1}), or a value's simple class
   * name; never null}
   */
  public String type() {
    return type;
  }

  /**
   * {@return the field refused, as a path from the document's root such as {@code $.value.amount};
   * {@code $} is the whole document; never null}
   */
  public String field() {
    return field;
  }

  /** {@return what is wrong with the field, without the type and the path; never null} */
  public String problem() {
    return problem;
  }
}
