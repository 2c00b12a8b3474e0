package paint.tour.style;

import java.util.Iterator;
import java.util.stream.Collectors;
import paint.stage.Style;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** A style's name, as the tour's {@code --style} and the live page's form take it. */
public final class StyleName implements ITypeConverter<Style> {

  @Override
  public Style convert(String value) {
    return Style.named(value).orElseThrow(() -> new TypeConversionException("unknown style (choose from "
        + Style.ALL.stream().map(Style::name).collect(Collectors.joining(", ")) + ")"));
  }

  /** Every style's name, for the usage. */
  public static final class All implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return Style.ALL.stream().map(Style::name).iterator();
    }
  }
}
