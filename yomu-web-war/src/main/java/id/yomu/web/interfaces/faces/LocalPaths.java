package id.yomu.web.interfaces.faces;

/** Where a redirect may go back to: only a path on this site, so no parameter can send readers elsewhere. */
final class LocalPaths {

    private LocalPaths() {
    }

    static String localOrHome(String path) {
        boolean local = path != null && path.startsWith("/") && !path.startsWith("//") && !path.contains("\\")
                && path.chars().noneMatch(Character::isISOControl);
        return local ? path : "/";
    }
}
