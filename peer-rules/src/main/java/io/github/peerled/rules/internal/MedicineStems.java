package io.github.peerled.rules.internal;

/**
 * Reads a medicine the word lists do not name by the shape of its name: the endings of the
 * international non-proprietary names (INN stems) that generic medicines are built from, such as
 * "-ofen" (baclofen, ibuprofen), "-amide" (bicalutamide), "-izine" (cetirizine), "-sone"
 * (hydrocortisone), "-histine" (betahistine), "-finil" (modafinil), "-osin" (tamsulosin), "-dronic"
 * (alendronic acid), "-benazine" (tetrabenazine), "-olol", "-pril", "-sartan", "-statin",
 * "-prazole" or "-pentin"; and a dose written as one word, its number glued to its unit ("go up to
 * 1000mg twice a day", {@link #gluedDose}). A word class, not a list of medicines: "take double the
 * baclofen at night" names a medicine whatever the lexicon holds. Only words of at least {@value
 * #MIN_LENGTH} letters are read, which keeps everyday words out ("fen", "wine"); endings that
 * everyday words share ("-ine", "-terol" as in cholesterol, "-azine" as in magazine) are left out.
 *
 * <p>Read only near an instruction, at most {@value #MAX_WORDS} words after it in its clause: no
 * pass over a contribution, no allocation. Stateless.
 */
final class MedicineStems {
  private MedicineStems() {}

  /** The shortest word read as a medicine by its ending. */
  static final int MIN_LENGTH = 7;

  /** The most words after an instruction read for a medicine: "take double the baclofen". */
  static final int MAX_WORDS = 4;

  /** INN stems (endings) of generic medicines' names, lowercase. */
  private static final String[] STEMS =
      ("ofen ifen amide izine histine sone olone finil afil olol pril sartan statin prazole "
              + "conazole pentin gabalin azepam zolam triptan tyline xetine pramine apine idone "
              + "oxacin cillin mycin cycline gliptin gliflozin glitazone semide thiazide dipine xaban "
              + "gatran parin setron lukast tropium dronate tidine codone orphine tinib umab imab "
              + "ciclovir navir etamol tramadol salazine osin dronic benazine")
          .split(" ", -1);

  /**
   * Tells whether a medicine is named by its ending in the clause of a hit, in its phrase or at
   * most {@value #MAX_WORDS} words after it: "take double the baclofen", "bump your modafinil".
   *
   * @param a the analysed contribution
   * @param h a hit of it
   * @return whether a word there has the ending of a generic medicine's name
   */
  static boolean near(Analysis a, int h) {
    int t = java.util.Arrays.binarySearch(a.tokenStart, 0, a.tokenCount, a.hitStart[h]);
    if (t < 0) {
      t = Math.max(0, -t - 2); // the token the hit starts inside
    }
    int read = 0;
    for (; t < a.tokenCount && read <= MAX_WORDS; t++) {
      if (a.tokenStart[t] >= a.hitEnd[h]) {
        if (t > 0 && AddressWords.clauseMarkBefore(a, t)) {
          return false;
        }
        read++;
      }
      if (named(a.lower, a.tokenStart[t], a.tokenEnd[t])) {
        return true;
      }
    }
    return false;
  }

  /**
   * Tells whether any advice or instruction hit of a contribution has a medicine named by its
   * ending near it ({@link #near}); at most {@link MedicalAdvice#MAX_READ} hits are read.
   *
   * @param a the analysed contribution
   * @return whether an instruction of it names a medicine by its ending
   */
  static boolean nearAny(Analysis a) {
    if (!MedicalAdvice.hasAdviceCue(a)) {
      return false; // no instruction to read: the cheap guard first
    }
    int read = 0;
    for (int h = 0; h < a.hitCount && read < MedicalAdvice.MAX_READ; h++) {
      if (MedicalAdvice.read(a, h)) {
        read++;
        if (near(a, h)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Units of a dose that may be written glued to its number: "1000mg", "400mcg", "5ml". */
  private static final String[] GLUED_UNITS = {"mg", "mcg", "ml", "iu"};

  /**
   * Tells whether the lowercased chars {@code [from, to)} are a dose written as one word, a number
   * and its unit: "1000mg", "2.5ml", "400mcg"; not "4g" or "mg" alone.
   */
  static boolean gluedDose(char[] lower, int from, int to) {
    if (to - from < 3 || !Character.isDigit(lower[from])) {
      return false;
    }
    for (String unit : GLUED_UNITS) {
      int u = to - unit.length();
      if (u <= from || !Character.isDigit(lower[u - 1])) {
        continue;
      }
      boolean same = true;
      for (int i = 0; i < unit.length() && same; i++) {
        same = lower[u + i] == unit.charAt(i);
      }
      if (same) {
        return true;
      }
    }
    return false;
  }

  /** Tells whether the lowercased chars {@code [from, to)} are a word with a medicine's ending. */
  static boolean named(char[] lower, int from, int to) {
    if (gluedDose(lower, from, to)) {
      return true; // "go up to 1000mg twice a day": a dose, whatever the medicine
    }
    if (to - from < MIN_LENGTH) {
      return false;
    }
    for (String stem : STEMS) {
      int n = stem.length();
      if (n > to - from || stem.charAt(n - 1) != lower[to - 1]) {
        continue; // most endings differ in their last letter: one compare
      }
      boolean same = true;
      for (int i = 0; i < n - 1 && same; i++) {
        same = lower[to - n + i] == stem.charAt(i);
      }
      if (same) {
        return true;
      }
    }
    return false;
  }
}
