package press.reader.watch;

import java.nio.file.Path;

/**
 * Recognises the scratch files editors write next to the file being edited. Saving in Emacs, Vim or an IDE creates
 * and deletes such files; rebuilding for them would double every rebuild, or build from a half-written file.
 */
public final class EditorFiles {
    private EditorFiles() {}

    /** True for lock, swap, backup and atomic-save files: {@code .#x}, {@code #x#}, {@code x~}, {@code .x.swp}, ... */
    public static boolean isScratch(Path path) {
        Path fileName = path.getFileName();
        if (fileName == null) return false;
        String name = fileName.toString();
        return name.startsWith(".#")                                   // Emacs lock file
                || (name.startsWith("#") && name.endsWith("#"))        // Emacs auto-save
                || name.endsWith("~")                                  // Emacs, gedit, nano backups
                || name.matches("\\..*\\.sw[a-px]")                       // Vim swap files (.x.swp, .x.swo, .x.swx)
                || name.equals("4913")                                 // Vim's probe for a writable folder
                || name.endsWith("___jb_tmp___") || name.endsWith("___jb_old___") // JetBrains safe write
                || name.equals(".DS_Store");
    }
}
