"""Password hashing (Argon2id) and the password rules users see.

The parameters are above OWASP's Argon2id minimum (m=19 MiB, t=2, p=1) while staying well under a
second on an ordinary office PC. When they are raised in a later version, ``needs_rehash`` tells
the sign-in to store a fresh hash with the new parameters.
"""

from __future__ import annotations

from dataclasses import dataclass

from argon2 import PasswordHasher, Type
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

from scope_desk.errors import InvalidInput

MIN_LENGTH = 12
MAX_LENGTH = 256


@dataclass(frozen=True)
class HashParameters:
    time_cost: int = 3
    memory_cost_kib: int = 64 * 1024
    parallelism: int = 1


DEFAULT_PARAMETERS = HashParameters()
# OWASP Password Storage Cheat Sheet: Argon2id with at least m=19 MiB, t=2, p=1.
OWASP_MINIMUM = HashParameters(time_cost=2, memory_cost_kib=19 * 1024, parallelism=1)


class Passwords:
    """Hashes and verifies with one set of parameters."""

    def __init__(self, parameters: HashParameters = DEFAULT_PARAMETERS) -> None:
        self.parameters = parameters
        self._hasher = PasswordHasher(
            time_cost=parameters.time_cost, memory_cost=parameters.memory_cost_kib,
            parallelism=parameters.parallelism, type=Type.ID,
        )

    def hash(self, password: str) -> str:
        return self._hasher.hash(password)

    def verify(self, stored_hash: str, password: str) -> bool:
        if not stored_hash:
            return False
        try:
            return self._hasher.verify(stored_hash, password)
        except (VerifyMismatchError, VerificationError, InvalidHashError):
            return False

    def needs_rehash(self, stored_hash: str) -> bool:
        try:
            return self._hasher.check_needs_rehash(stored_hash)
        except (InvalidHashError, ValueError):
            return True

    def waste_time(self, password: str) -> None:
        """Spend as long as a real verification (unknown user names take as long as wrong passwords)."""
        self.verify(_DUMMY_HASHES.setdefault(self.parameters, self.hash("dummy-password-x")), password)


_DUMMY_HASHES: dict[HashParameters, str] = {}


def check_new_password(password: str, *, username: str = "", old_password: str | None = None) -> None:
    """Raise InvalidInput with one clear Dutch sentence when ``password`` may not be used."""
    if len(password) < MIN_LENGTH:
        raise InvalidInput(f"Het nieuwe wachtwoord moet minstens {MIN_LENGTH} tekens lang zijn; "
                           "een zin van een paar woorden is makkelijk te onthouden.")
    if len(password) > MAX_LENGTH:
        raise InvalidInput(f"Het nieuwe wachtwoord mag hoogstens {MAX_LENGTH} tekens lang zijn.")
    if password.strip() == "":
        raise InvalidInput("Het nieuwe wachtwoord mag niet alleen uit spaties bestaan.")
    if username and username.strip().lower() in password.lower():
        raise InvalidInput("Het nieuwe wachtwoord mag de gebruikersnaam niet bevatten.")
    if old_password is not None and password == old_password:
        raise InvalidInput("Het nieuwe wachtwoord moet anders zijn dan het huidige.")
    if len(set(password)) < 4:
        raise InvalidInput("Het nieuwe wachtwoord is te eenvoudig: gebruik meer verschillende tekens.")
