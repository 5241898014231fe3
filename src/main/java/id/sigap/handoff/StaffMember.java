package id.sigap.handoff;

/** A humas staff member acting on a handoff (from Telegram: their user id; from the web: their account). */
public record StaffMember(long userId, String name) {

    public String displayName() {
        return name == null || name.isBlank() ? "Petugas " + userId : name;
    }
}
