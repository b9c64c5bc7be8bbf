package id.go.banggaikab.rekap.job;

/** Who locks or reopens a quarter: the operating system's user running the job, as the lock records it. */
final class LockUsers {

    static final String REASON_NEEDED = "buka-kunci perlu alasannya, mis. alasan=\"koreksi data Seksi KWU\"; kunci"
            + " tidak dibuka";

    private LockUsers() {
    }

    static String current() {
        String user = System.getProperty("user.name");
        return user == null || user.isBlank() ? "(tidak diketahui)" : user;
    }
}
