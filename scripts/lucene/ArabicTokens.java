// ArabicTokens runs Lucene's ArabicAnalyzer over stdin, one line at a time,
// and writes each term on its own line to stdout (with -count: only the
// number of terms): the peer of `rasid analyze --layers tokens` in
// scripts/compare-lucene.sh.
import java.io.*;
import java.nio.charset.StandardCharsets;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

public class ArabicTokens {
  public static void main(String[] args) throws IOException {
    BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8), 1 << 16);
    Writer out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16);
    ArabicAnalyzer a = new ArabicAnalyzer();
    boolean count = args.length > 0 && args[0].equals("-count");
    long n = 0;
    for (String line; (line = in.readLine()) != null; ) {
      try (TokenStream ts = a.tokenStream("text", line)) {
        CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
        ts.reset();
        while (ts.incrementToken()) {
          if (count) n++; else out.append(term).append('\n');
        }
        ts.end();
      }
    }
    if (count) out.append(Long.toString(n)).append('\n');
    out.flush();
  }
}
