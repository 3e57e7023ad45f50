"""N-body: the Jovian planets orbiting the sun, integrated with a simple
symplectic step. Float arithmetic on lists of floats, attribute-free: the
classic numeric kernel of the Computer Language Benchmarks Game.

  python3.11 nbody.py [STEPS]
"""
import _harness

CATEGORY = "float"
DEFAULT_SIZE = 280000
QUICK_SIZE = 3000

# Energy after SIZE steps, rounded to 9 digits (computed with python3.11).
EXPECTED = {280000: -0.169033173, 3000: -0.169042558}

PI = 3.14159265358979323
SOLAR_MASS = 4 * PI * PI
DAYS_PER_YEAR = 365.24


def make_bodies():
    """[x, y, z, vx, vy, vz, mass] for the sun, Jupiter, Saturn, Uranus, Neptune."""
    planets = [
        [4.84143144246472090e+00, -1.16032004402742839e+00, -1.03622044471123109e-01,
         1.66007664274403694e-03, 7.69901118419740425e-03, -6.90460016972063023e-05,
         9.54791938424326609e-04],
        [8.34336671824457987e+00, 4.12479856412430479e+00, -4.03523417114321381e-01,
         -2.76742510726862411e-03, 4.99852801234917238e-03, 2.30417297573763929e-05,
         2.85885980666130812e-04],
        [1.28943695621391310e+01, -1.51111514016986312e+01, -2.23307578892655734e-01,
         2.96460137564761618e-03, 2.37847173959480950e-03, -2.96589568540237556e-05,
         4.36624404335156298e-05],
        [1.53796971148509165e+01, -2.59193146099879641e+01, 1.79258772950371181e-01,
         2.68067772490389322e-03, 1.62824170038242295e-03, -9.51592254519715870e-05,
         5.15138902046611451e-05],
    ]
    bodies = [[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, SOLAR_MASS]]
    for p in planets:
        bodies.append([p[0], p[1], p[2], p[3] * DAYS_PER_YEAR, p[4] * DAYS_PER_YEAR,
                       p[5] * DAYS_PER_YEAR, p[6] * SOLAR_MASS])
    return bodies


def offset_momentum(bodies):
    """Give the sun the momentum that makes the total zero."""
    px = py = pz = 0.0
    for b in bodies:
        px += b[3] * b[6]
        py += b[4] * b[6]
        pz += b[5] * b[6]
    sun = bodies[0]
    sun[3] = -px / SOLAR_MASS
    sun[4] = -py / SOLAR_MASS
    sun[5] = -pz / SOLAR_MASS


def advance(bodies, pairs, dt):
    """One time step: velocities from every pair's attraction, then positions."""
    for (b1, b2) in pairs:
        dx = b1[0] - b2[0]
        dy = b1[1] - b2[1]
        dz = b1[2] - b2[2]
        dist2 = dx * dx + dy * dy + dz * dz
        mag = dt / (dist2 * dist2 ** 0.5)
        m1 = b1[6] * mag
        m2 = b2[6] * mag
        b1[3] -= dx * m2
        b1[4] -= dy * m2
        b1[5] -= dz * m2
        b2[3] += dx * m1
        b2[4] += dy * m1
        b2[5] += dz * m1
    for b in bodies:
        b[0] += dt * b[3]
        b[1] += dt * b[4]
        b[2] += dt * b[5]


def energy(bodies):
    """Kinetic minus potential energy of the system."""
    e = 0.0
    for i, b in enumerate(bodies):
        e += 0.5 * b[6] * (b[3] * b[3] + b[4] * b[4] + b[5] * b[5])
        for b2 in bodies[i + 1:]:
            dx = b[0] - b2[0]
            dy = b[1] - b2[1]
            dz = b[2] - b2[2]
            e -= b[6] * b2[6] / (dx * dx + dy * dy + dz * dz) ** 0.5
    return e


def run(steps):
    bodies = make_bodies()
    offset_momentum(bodies)
    pairs = [(bodies[i], bodies[j]) for i in range(len(bodies))
             for j in range(i + 1, len(bodies))]
    before = energy(bodies)
    for _ in range(steps):
        advance(bodies, pairs, 0.01)
    after = energy(bodies)
    return before, after


def verify(size, energies):
    # Energy is (nearly) conserved: a broken integrator drifts far.
    before, after = energies
    if abs(after - before) > 1e-3:
        raise AssertionError(f"energy drifted from {before:.9f} to {after:.9f}")


def describe(size, energies):
    before, after = energies
    return f"{size} steps, energy {before:.9f} -> {after:.9f}"


if __name__ == "__main__":
    _harness.main("nbody", run, DEFAULT_SIZE, EXPECTED, describe=describe, verify=verify,
                  checksum=lambda energies: round(energies[1], 9))
