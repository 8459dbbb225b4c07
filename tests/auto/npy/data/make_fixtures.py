#!/usr/bin/python3
"""Writes the .npy/.npz fixtures of tst_npy with real NumPy (Debian's python3-numpy).

Run once from this folder with /usr/bin/python3; the outputs are committed. The synthetic
hostile inputs (garbage, truncated, oversize, bad charset, ...) are built inside tst_npy.cpp.
"""
import numpy as np

vals = {
    'f2': [-1.5, 0, 0.25, 1, 2.5, 100], 'f4': [-1.5, 0, 0.25, 1, 2.5, 100],
    'f8': [-1.5, 0, 0.25, 1, 2.5, 1e300],
    'i1': [-128, -1, 0, 1, 2, 127], 'i2': [-32768, -1, 0, 1, 2, 32767],
    'i4': [-2147483648, -1, 0, 1, 2, 2147483647], 'i8': [-(2**40), -1, 0, 1, 2, 2**40],
    'u1': [0, 1, 2, 3, 128, 255], 'u2': [0, 1, 2, 3, 256, 65535],
    'u4': [0, 1, 2, 3, 65536, 4294967295], 'u8': [0, 1, 2, 3, 2**40, 2**50],
    'b1': [True, False, False, True, True, False]}
for k, v in vals.items():
    dt = np.dtype('?' if k == 'b1' else k)
    np.save(f'dtype_{k}.npy', np.array(v, dtype=dt).reshape(2, 3))
np.save('bigendian_f4.npy', np.array([1, 2, 3], dtype='>f4'))
np.save('bigendian_i4.npy', np.array([1, 2, 3], dtype='>i4'))
np.save('fortran_i4_2x3.npy', np.asfortranarray(np.arange(6, dtype=np.int32).reshape(2, 3)))
np.save('fortran_f4_2x3x4.npy', np.asfortranarray(np.arange(24, dtype=np.float32).reshape(2, 3, 4)))
np.save('scalar_f4.npy', np.float32(3.5))
np.save('empty_f4_0x3.npy', np.zeros((0, 3), np.float32))
np.save('object.npy', np.array([1, 'a', None], dtype=object), allow_pickle=True)
np.save('structured.npy', np.zeros(2, dtype=[('a', '<i4'), ('b', '<f4')]))
np.save('complex.npy', np.zeros(2, dtype=np.complex64))
np.save('unicode.npy', np.array(['ab', 'c']))
for ver in [(2, 0), (3, 0)]:
    with open(f'version{ver[0]}_i2.npy', 'wb') as f:
        np.lib.format.write_array(f, np.array([[1, -2], [3, -4]], dtype=np.int16), version=ver)
np.savez('arrays.npz', x=np.arange(4, dtype=np.float32).reshape(2, 2),
         label=np.array([7], dtype=np.int64))
np.savez_compressed('arrays_compressed.npz', x=np.arange(4, dtype=np.float32).reshape(2, 2),
                    label=np.array([7], dtype=np.int64))
np.savez('bad_member.npz', x=np.array([1, 2, 3], dtype='>f4'))
