package org.leadtocash.jackson;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.ObjectCodec;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.core.util.JsonParserDelegate;
import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.io.CharConversionException;
import java.io.DataInput;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.math.BigDecimal;
import java.math.BigInteger;
import org.jspecify.annotations.Nullable;
import org.leadtocash.domain.common.FreeText;

/**
 * The JSON factory of {@link LeadToCashModule#strictMapper()}: Jackson's own, whose parsers refuse
 * malformed text as Jackson's do, except that a parser's refusal whose message quotes the document
 * with a raw control character ({@code Unrecognized token 'le\u0000osed'}) becomes a {@link
 * LeadToCashJsonException} with the message {@linkplain FreeText#escaped escaped} and no cause, so
 * that no document can forge a log line (issue 12 §5, DESIGN §2); and bytes that Jackson reads as
 * UTF-32 but that hold no character, which its reader refuses with a bare {@link
 * CharConversionException}, are refused as malformed JSON too.
 */
final class EscapingJsonFactory extends JsonFactory {

  private static final long serialVersionUID = 1L;

  EscapingJsonFactory() {
    super();
  }

  private EscapingJsonFactory(EscapingJsonFactory source, @Nullable ObjectCodec codec) {
    super(source, codec);
  }

  @Override
  public JsonFactory copy() {
    return new EscapingJsonFactory(this, null);
  }

  @Override
  protected JsonParser _createParser(InputStream in, IOContext ctxt) throws IOException {
    return new EscapingParser(super._createParser(in, ctxt));
  }

  @Override
  protected JsonParser _createParser(Reader r, IOContext ctxt) throws IOException {
    return new EscapingParser(super._createParser(r, ctxt));
  }

  @Override
  protected JsonParser _createParser(
      char[] data, int offset, int len, IOContext ctxt, boolean recyclable) throws IOException {
    return new EscapingParser(super._createParser(data, offset, len, ctxt, recyclable));
  }

  @Override
  protected JsonParser _createParser(byte[] data, int offset, int len, IOContext ctxt)
      throws IOException {
    return new EscapingParser(super._createParser(data, offset, len, ctxt));
  }

  @Override
  protected JsonParser _createParser(DataInput input, IOContext ctxt) throws IOException {
    return new EscapingParser(super._createParser(input, ctxt));
  }

  /** A step of the parser that may refuse the text. */
  private interface Step<T> {
    T run() throws IOException;
  }

  /** Jackson's parser, with each refusal that quotes a raw control character escaped. */
  static final class EscapingParser extends JsonParserDelegate {

    EscapingParser(JsonParser parser) {
      super(parser);
    }

    @CanIgnoreReturnValue
    private <T> T guarded(Step<T> step) throws IOException {
      try {
        return step.run();
      } catch (StreamReadException e) {
        String message = String.valueOf(e.getOriginalMessage());
        String escaped = FreeText.escaped(message);
        if (escaped.equals(message)) {
          throw e;
        }
        throw new LeadToCashJsonException(
            this, "read", "a JSON document", Codecs.ROOT, "malformed JSON: " + escaped, null);
      } catch (CharConversionException e) {
        // bytes read as UTF-32 that hold no character: Jackson's reader throws a bare IOException
        throw new LeadToCashJsonException(
            this,
            "read",
            "a JSON document",
            Codecs.ROOT,
            "malformed JSON: " + FreeText.escaped(String.valueOf(e.getMessage())),
            null);
      }
    }

    @Override
    public @Nullable JsonToken nextToken() throws IOException {
      return guarded(delegate::nextToken);
    }

    @Override
    public @Nullable JsonToken nextValue() throws IOException {
      return guarded(delegate::nextValue);
    }

    @Override
    public @Nullable String nextFieldName() throws IOException {
      return guarded(delegate::nextFieldName);
    }

    @Override
    public boolean nextFieldName(SerializableString str) throws IOException {
      return guarded(() -> delegate.nextFieldName(str));
    }

    @Override
    public @Nullable String nextTextValue() throws IOException {
      return guarded(delegate::nextTextValue);
    }

    @Override
    public JsonParser skipChildren() throws IOException {
      guarded(delegate::skipChildren);
      return this;
    }

    @Override
    public void finishToken() throws IOException {
      guarded(
          () -> {
            delegate.finishToken();
            return this;
          });
    }

    @Override
    public @Nullable String getText() throws IOException {
      return guarded(delegate::getText);
    }

    @Override
    public char[] getTextCharacters() throws IOException {
      return guarded(delegate::getTextCharacters);
    }

    @Override
    public int getTextLength() throws IOException {
      return guarded(delegate::getTextLength);
    }

    @Override
    public int getTextOffset() throws IOException {
      return guarded(delegate::getTextOffset);
    }

    @Override
    public @Nullable String getValueAsString() throws IOException {
      return guarded(delegate::getValueAsString);
    }

    @Override
    public @Nullable String getValueAsString(@Nullable String defaultValue) throws IOException {
      return guarded(() -> delegate.getValueAsString(defaultValue));
    }

    @Override
    public Number getNumberValue() throws IOException {
      return guarded(delegate::getNumberValue);
    }

    @Override
    public Number getNumberValueExact() throws IOException {
      return guarded(delegate::getNumberValueExact);
    }

    @Override
    public int getIntValue() throws IOException {
      return guarded(delegate::getIntValue);
    }

    @Override
    public long getLongValue() throws IOException {
      return guarded(delegate::getLongValue);
    }

    @Override
    public BigInteger getBigIntegerValue() throws IOException {
      return guarded(delegate::getBigIntegerValue);
    }

    @Override
    public double getDoubleValue() throws IOException {
      return guarded(delegate::getDoubleValue);
    }

    @Override
    public float getFloatValue() throws IOException {
      return guarded(delegate::getFloatValue);
    }

    @Override
    public BigDecimal getDecimalValue() throws IOException {
      return guarded(delegate::getDecimalValue);
    }
  }
}
