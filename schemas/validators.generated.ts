// @ts-nocheck
/* eslint-disable */
/**
 * GENERATED FILE, DO NOT EDIT.
 * Standalone ajv validators for schemas/*.json, one export per schema title, written by
 * `npm run gen:validators`; `npm run gen:check` fails when it differs from what the schemas produce.
 */
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);

export const InvalidParam = validate20;
const schema31 = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://pbx-mock-kit.local/schemas/invalid-param.json',
  title: 'InvalidParam',
  description:
    'One entry of invalid_param_list: the field at fault and either the offending value or the rule it broke (DOC).',
  type: 'object',
  properties: {
    field: { type: 'string', description: 'Name of the parameter at fault.' },
    value: { type: 'string', description: 'The value that was rejected.' },
    validation_type: { type: 'string', description: 'The rule that was broken, e.g. "required".' },
  },
  required: ['field'],
  additionalProperties: false,
};

function validate20(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="https://pbx-mock-kit.local/schemas/invalid-param.json" */ let vErrors = null;
  let errors = 0;
  const evaluated0 = validate20.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.field === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'field' },
        message: "must have required property '" + 'field' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === 'field' || key0 === 'value' || key0 === 'validation_type')) {
        const err1 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.field !== undefined) {
      if (typeof data.field !== 'string') {
        const err2 = {
          instancePath: instancePath + '/field',
          schemaPath: '#/properties/field/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.value !== undefined) {
      if (typeof data.value !== 'string') {
        const err3 = {
          instancePath: instancePath + '/value',
          schemaPath: '#/properties/value/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.validation_type !== undefined) {
      if (typeof data.validation_type !== 'string') {
        const err4 = {
          instancePath: instancePath + '/validation_type',
          schemaPath: '#/properties/validation_type/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
  } else {
    const err5 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err5];
    } else {
      vErrors.push(err5);
    }
    errors++;
  }
  validate20.errors = vErrors;
  return errors === 0;
}
validate20.evaluated = { props: true, dynamicProps: false, dynamicItems: false };

export const Envelope = validate21;
const schema32 = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://pbx-mock-kit.local/schemas/envelope.json',
  title: 'Envelope',
  description:
    "Every answer of the device: HTTP 200 with errcode (0 = success) and errmsg, plus the endpoint's payload (DOC). The errcode set is open: new firmware may add codes, so it is not an enum here.",
  type: 'object',
  properties: {
    errcode: { type: 'integer', description: '0 on success; non-zero on failure.' },
    errmsg: { type: 'string', description: "SUCCESS, or the catalogue's message for errcode." },
    invalid_param_list: {
      type: 'array',
      items: { $ref: 'invalid-param.json' },
      description: 'Which request parameters were rejected.',
    },
    duplicate_field_list: {
      type: 'array',
      items: { type: 'string' },
      description:
        'Fields whose value already exists (with 40003). Item shape is OPEN; the mock sends field names.',
    },
  },
  required: ['errcode', 'errmsg'],
};

function validate21(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="https://pbx-mock-kit.local/schemas/envelope.json" */ let vErrors = null;
  let errors = 0;
  const evaluated0 = validate21.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.errcode === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'errcode' },
        message: "must have required property '" + 'errcode' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.errmsg === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'errmsg' },
        message: "must have required property '" + 'errmsg' + "'",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.errcode !== undefined) {
      let data0 = data.errcode;
      if (!(typeof data0 == 'number' && !(data0 % 1) && !isNaN(data0) && isFinite(data0))) {
        const err2 = {
          instancePath: instancePath + '/errcode',
          schemaPath: '#/properties/errcode/type',
          keyword: 'type',
          params: { type: 'integer' },
          message: 'must be integer',
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.errmsg !== undefined) {
      if (typeof data.errmsg !== 'string') {
        const err3 = {
          instancePath: instancePath + '/errmsg',
          schemaPath: '#/properties/errmsg/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.invalid_param_list !== undefined) {
      let data2 = data.invalid_param_list;
      if (Array.isArray(data2)) {
        const len0 = data2.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data3 = data2[i0];
          if (data3 && typeof data3 == 'object' && !Array.isArray(data3)) {
            if (data3.field === undefined) {
              const err4 = {
                instancePath: instancePath + '/invalid_param_list/' + i0,
                schemaPath: 'invalid-param.json/required',
                keyword: 'required',
                params: { missingProperty: 'field' },
                message: "must have required property '" + 'field' + "'",
              };
              if (vErrors === null) {
                vErrors = [err4];
              } else {
                vErrors.push(err4);
              }
              errors++;
            }
            for (const key0 in data3) {
              if (!(key0 === 'field' || key0 === 'value' || key0 === 'validation_type')) {
                const err5 = {
                  instancePath: instancePath + '/invalid_param_list/' + i0,
                  schemaPath: 'invalid-param.json/additionalProperties',
                  keyword: 'additionalProperties',
                  params: { additionalProperty: key0 },
                  message: 'must NOT have additional properties',
                };
                if (vErrors === null) {
                  vErrors = [err5];
                } else {
                  vErrors.push(err5);
                }
                errors++;
              }
            }
            if (data3.field !== undefined) {
              if (typeof data3.field !== 'string') {
                const err6 = {
                  instancePath: instancePath + '/invalid_param_list/' + i0 + '/field',
                  schemaPath: 'invalid-param.json/properties/field/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                };
                if (vErrors === null) {
                  vErrors = [err6];
                } else {
                  vErrors.push(err6);
                }
                errors++;
              }
            }
            if (data3.value !== undefined) {
              if (typeof data3.value !== 'string') {
                const err7 = {
                  instancePath: instancePath + '/invalid_param_list/' + i0 + '/value',
                  schemaPath: 'invalid-param.json/properties/value/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                };
                if (vErrors === null) {
                  vErrors = [err7];
                } else {
                  vErrors.push(err7);
                }
                errors++;
              }
            }
            if (data3.validation_type !== undefined) {
              if (typeof data3.validation_type !== 'string') {
                const err8 = {
                  instancePath: instancePath + '/invalid_param_list/' + i0 + '/validation_type',
                  schemaPath: 'invalid-param.json/properties/validation_type/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                };
                if (vErrors === null) {
                  vErrors = [err8];
                } else {
                  vErrors.push(err8);
                }
                errors++;
              }
            }
          } else {
            const err9 = {
              instancePath: instancePath + '/invalid_param_list/' + i0,
              schemaPath: 'invalid-param.json/type',
              keyword: 'type',
              params: { type: 'object' },
              message: 'must be object',
            };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
      } else {
        const err10 = {
          instancePath: instancePath + '/invalid_param_list',
          schemaPath: '#/properties/invalid_param_list/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
        };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.duplicate_field_list !== undefined) {
      let data7 = data.duplicate_field_list;
      if (Array.isArray(data7)) {
        const len1 = data7.length;
        for (let i1 = 0; i1 < len1; i1++) {
          if (typeof data7[i1] !== 'string') {
            const err11 = {
              instancePath: instancePath + '/duplicate_field_list/' + i1,
              schemaPath: '#/properties/duplicate_field_list/items/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
            };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
        }
      } else {
        const err12 = {
          instancePath: instancePath + '/duplicate_field_list',
          schemaPath: '#/properties/duplicate_field_list/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
        };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
  } else {
    const err13 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err13];
    } else {
      vErrors.push(err13);
    }
    errors++;
  }
  validate21.errors = vErrors;
  return errors === 0;
}
validate21.evaluated = {
  props: { errcode: true, errmsg: true, invalid_param_list: true, duplicate_field_list: true },
  dynamicProps: false,
  dynamicItems: false,
};

export const ErrorAnswer = validate22;
const schema34 = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://pbx-mock-kit.local/schemas/error-answer.json',
  title: 'ErrorAnswer',
  description:
    'A failed call: a non-zero errcode, its errmsg and, for parameter errors, the fields at fault. No payload.',
  type: 'object',
  properties: {
    errcode: { type: 'integer', not: { const: 0 } },
    errmsg: { type: 'string', minLength: 1 },
    invalid_param_list: { type: 'array', items: { $ref: 'invalid-param.json' } },
    duplicate_field_list: { type: 'array', items: { type: 'string' } },
  },
  required: ['errcode', 'errmsg'],
  additionalProperties: false,
};
const func1 = require('ajv/dist/runtime/ucs2length').default;

function validate22(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="https://pbx-mock-kit.local/schemas/error-answer.json" */ let vErrors = null;
  let errors = 0;
  const evaluated0 = validate22.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.errcode === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'errcode' },
        message: "must have required property '" + 'errcode' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.errmsg === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'errmsg' },
        message: "must have required property '" + 'errmsg' + "'",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(
        key0 === 'errcode' ||
        key0 === 'errmsg' ||
        key0 === 'invalid_param_list' ||
        key0 === 'duplicate_field_list'
      )) {
        const err2 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.errcode !== undefined) {
      let data0 = data.errcode;
      if (!(typeof data0 == 'number' && !(data0 % 1) && !isNaN(data0) && isFinite(data0))) {
        const err3 = {
          instancePath: instancePath + '/errcode',
          schemaPath: '#/properties/errcode/type',
          keyword: 'type',
          params: { type: 'integer' },
          message: 'must be integer',
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      const _errs4 = errors;
      const _errs5 = errors;
      if (0 !== data0) {
        const err4 = {};
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
      var valid1 = _errs5 === errors;
      if (valid1) {
        const err5 = {
          instancePath: instancePath + '/errcode',
          schemaPath: '#/properties/errcode/not',
          keyword: 'not',
          params: {},
          message: 'must NOT be valid',
        };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      } else {
        errors = _errs4;
        if (vErrors !== null) {
          if (_errs4) {
            vErrors.length = _errs4;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.errmsg !== undefined) {
      let data1 = data.errmsg;
      if (typeof data1 === 'string') {
        if (func1(data1) < 1) {
          const err6 = {
            instancePath: instancePath + '/errmsg',
            schemaPath: '#/properties/errmsg/minLength',
            keyword: 'minLength',
            params: { limit: 1 },
            message: 'must NOT have fewer than 1 characters',
          };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      } else {
        const err7 = {
          instancePath: instancePath + '/errmsg',
          schemaPath: '#/properties/errmsg/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.invalid_param_list !== undefined) {
      let data2 = data.invalid_param_list;
      if (Array.isArray(data2)) {
        const len0 = data2.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data3 = data2[i0];
          if (data3 && typeof data3 == 'object' && !Array.isArray(data3)) {
            if (data3.field === undefined) {
              const err8 = {
                instancePath: instancePath + '/invalid_param_list/' + i0,
                schemaPath: 'invalid-param.json/required',
                keyword: 'required',
                params: { missingProperty: 'field' },
                message: "must have required property '" + 'field' + "'",
              };
              if (vErrors === null) {
                vErrors = [err8];
              } else {
                vErrors.push(err8);
              }
              errors++;
            }
            for (const key1 in data3) {
              if (!(key1 === 'field' || key1 === 'value' || key1 === 'validation_type')) {
                const err9 = {
                  instancePath: instancePath + '/invalid_param_list/' + i0,
                  schemaPath: 'invalid-param.json/additionalProperties',
                  keyword: 'additionalProperties',
                  params: { additionalProperty: key1 },
                  message: 'must NOT have additional properties',
                };
                if (vErrors === null) {
                  vErrors = [err9];
                } else {
                  vErrors.push(err9);
                }
                errors++;
              }
            }
            if (data3.field !== undefined) {
              if (typeof data3.field !== 'string') {
                const err10 = {
                  instancePath: instancePath + '/invalid_param_list/' + i0 + '/field',
                  schemaPath: 'invalid-param.json/properties/field/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                };
                if (vErrors === null) {
                  vErrors = [err10];
                } else {
                  vErrors.push(err10);
                }
                errors++;
              }
            }
            if (data3.value !== undefined) {
              if (typeof data3.value !== 'string') {
                const err11 = {
                  instancePath: instancePath + '/invalid_param_list/' + i0 + '/value',
                  schemaPath: 'invalid-param.json/properties/value/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                };
                if (vErrors === null) {
                  vErrors = [err11];
                } else {
                  vErrors.push(err11);
                }
                errors++;
              }
            }
            if (data3.validation_type !== undefined) {
              if (typeof data3.validation_type !== 'string') {
                const err12 = {
                  instancePath: instancePath + '/invalid_param_list/' + i0 + '/validation_type',
                  schemaPath: 'invalid-param.json/properties/validation_type/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                };
                if (vErrors === null) {
                  vErrors = [err12];
                } else {
                  vErrors.push(err12);
                }
                errors++;
              }
            }
          } else {
            const err13 = {
              instancePath: instancePath + '/invalid_param_list/' + i0,
              schemaPath: 'invalid-param.json/type',
              keyword: 'type',
              params: { type: 'object' },
              message: 'must be object',
            };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
        }
      } else {
        const err14 = {
          instancePath: instancePath + '/invalid_param_list',
          schemaPath: '#/properties/invalid_param_list/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
        };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.duplicate_field_list !== undefined) {
      let data7 = data.duplicate_field_list;
      if (Array.isArray(data7)) {
        const len1 = data7.length;
        for (let i1 = 0; i1 < len1; i1++) {
          if (typeof data7[i1] !== 'string') {
            const err15 = {
              instancePath: instancePath + '/duplicate_field_list/' + i1,
              schemaPath: '#/properties/duplicate_field_list/items/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
            };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
        }
      } else {
        const err16 = {
          instancePath: instancePath + '/duplicate_field_list',
          schemaPath: '#/properties/duplicate_field_list/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
        };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
  } else {
    const err17 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err17];
    } else {
      vErrors.push(err17);
    }
    errors++;
  }
  validate22.errors = vErrors;
  return errors === 0;
}
validate22.evaluated = { props: true, dynamicProps: false, dynamicItems: false };

export const CustomerInfo = validate23;
const schema36 = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://pbx-mock-kit.local/schemas/customer-info.json',
  title: 'CustomerInfo',
  description: 'The external customer of a message session (Customer_Info, DOC).',
  type: 'object',
  properties: {
    user_id: { const: 0, description: 'Always 0 for the external customer (DOC).' },
    user_no: { type: 'string', description: "The customer's id or phone number." },
    user_type: {
      enum: [2, 3, 4, 5, 8],
      description: '2 SMS, 3 WhatsApp, 4 Facebook, 5 Live Chat, 8 campaign recipient (DOC).',
    },
    avatar: { type: 'string', description: 'Avatar id; may be empty.' },
    username: { type: 'string', description: "The customer's display name." },
  },
  required: ['user_id', 'user_no', 'user_type', 'avatar', 'username'],
  additionalProperties: false,
};

function validate23(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="https://pbx-mock-kit.local/schemas/customer-info.json" */ let vErrors = null;
  let errors = 0;
  const evaluated0 = validate23.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.user_id === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'user_id' },
        message: "must have required property '" + 'user_id' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.user_no === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'user_no' },
        message: "must have required property '" + 'user_no' + "'",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.user_type === undefined) {
      const err2 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'user_type' },
        message: "must have required property '" + 'user_type' + "'",
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.avatar === undefined) {
      const err3 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'avatar' },
        message: "must have required property '" + 'avatar' + "'",
      };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.username === undefined) {
      const err4 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'username' },
        message: "must have required property '" + 'username' + "'",
      };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(
        key0 === 'user_id' ||
        key0 === 'user_no' ||
        key0 === 'user_type' ||
        key0 === 'avatar' ||
        key0 === 'username'
      )) {
        const err5 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
        };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.user_id !== undefined) {
      if (0 !== data.user_id) {
        const err6 = {
          instancePath: instancePath + '/user_id',
          schemaPath: '#/properties/user_id/const',
          keyword: 'const',
          params: { allowedValue: 0 },
          message: 'must be equal to constant',
        };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.user_no !== undefined) {
      if (typeof data.user_no !== 'string') {
        const err7 = {
          instancePath: instancePath + '/user_no',
          schemaPath: '#/properties/user_no/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.user_type !== undefined) {
      let data2 = data.user_type;
      if (!(data2 === 2 || data2 === 3 || data2 === 4 || data2 === 5 || data2 === 8)) {
        const err8 = {
          instancePath: instancePath + '/user_type',
          schemaPath: '#/properties/user_type/enum',
          keyword: 'enum',
          params: { allowedValues: schema36.properties.user_type.enum },
          message: 'must be equal to one of the allowed values',
        };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.avatar !== undefined) {
      if (typeof data.avatar !== 'string') {
        const err9 = {
          instancePath: instancePath + '/avatar',
          schemaPath: '#/properties/avatar/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.username !== undefined) {
      if (typeof data.username !== 'string') {
        const err10 = {
          instancePath: instancePath + '/username',
          schemaPath: '#/properties/username/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
  } else {
    const err11 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err11];
    } else {
      vErrors.push(err11);
    }
    errors++;
  }
  validate23.errors = vErrors;
  return errors === 0;
}
validate23.evaluated = { props: true, dynamicProps: false, dynamicItems: false };

export const AgentInfo = validate24;
const schema37 = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://pbx-mock-kit.local/schemas/agent-info.json',
  title: 'AgentInfo',
  description: 'A message-queue agent taking part in a session (Agent_Info, DOC).',
  type: 'object',
  properties: {
    user_id: { type: 'integer', minimum: 0, description: 'Extension id.' },
    user_no: { type: 'string', description: 'Extension number.' },
    user_type: { const: 1, description: '1 = extension (DOC).' },
    avatar: { type: 'string', description: 'Avatar id; may be empty.' },
    username: { type: 'string', description: 'Extension name.' },
  },
  required: ['user_id', 'user_no', 'user_type', 'avatar', 'username'],
  additionalProperties: false,
};

function validate24(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="https://pbx-mock-kit.local/schemas/agent-info.json" */ let vErrors = null;
  let errors = 0;
  const evaluated0 = validate24.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.user_id === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'user_id' },
        message: "must have required property '" + 'user_id' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.user_no === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'user_no' },
        message: "must have required property '" + 'user_no' + "'",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.user_type === undefined) {
      const err2 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'user_type' },
        message: "must have required property '" + 'user_type' + "'",
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.avatar === undefined) {
      const err3 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'avatar' },
        message: "must have required property '" + 'avatar' + "'",
      };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.username === undefined) {
      const err4 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'username' },
        message: "must have required property '" + 'username' + "'",
      };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(
        key0 === 'user_id' ||
        key0 === 'user_no' ||
        key0 === 'user_type' ||
        key0 === 'avatar' ||
        key0 === 'username'
      )) {
        const err5 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
        };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.user_id !== undefined) {
      let data0 = data.user_id;
      if (!(typeof data0 == 'number' && !(data0 % 1) && !isNaN(data0) && isFinite(data0))) {
        const err6 = {
          instancePath: instancePath + '/user_id',
          schemaPath: '#/properties/user_id/type',
          keyword: 'type',
          params: { type: 'integer' },
          message: 'must be integer',
        };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
      if (typeof data0 == 'number' && isFinite(data0)) {
        if (data0 < 0 || isNaN(data0)) {
          const err7 = {
            instancePath: instancePath + '/user_id',
            schemaPath: '#/properties/user_id/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
            message: 'must be >= 0',
          };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      }
    }
    if (data.user_no !== undefined) {
      if (typeof data.user_no !== 'string') {
        const err8 = {
          instancePath: instancePath + '/user_no',
          schemaPath: '#/properties/user_no/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.user_type !== undefined) {
      if (1 !== data.user_type) {
        const err9 = {
          instancePath: instancePath + '/user_type',
          schemaPath: '#/properties/user_type/const',
          keyword: 'const',
          params: { allowedValue: 1 },
          message: 'must be equal to constant',
        };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.avatar !== undefined) {
      if (typeof data.avatar !== 'string') {
        const err10 = {
          instancePath: instancePath + '/avatar',
          schemaPath: '#/properties/avatar/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.username !== undefined) {
      if (typeof data.username !== 'string') {
        const err11 = {
          instancePath: instancePath + '/username',
          schemaPath: '#/properties/username/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
  } else {
    const err12 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err12];
    } else {
      vErrors.push(err12);
    }
    errors++;
  }
  validate24.errors = vErrors;
  return errors === 0;
}
validate24.evaluated = { props: true, dynamicProps: false, dynamicItems: false };

export const PreChatForm = validate25;
const schema38 = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://pbx-mock-kit.local/schemas/pre-chat-form.json',
  title: 'PreChatForm',
  description: 'The pre-chat form a live-chat visitor filled in (PreChat_Form, DOC).',
  type: 'object',
  properties: {
    name: { type: 'string' },
    email: { type: 'string' },
    phone: { type: 'string' },
    first_name: { type: 'string' },
    last_name: { type: 'string' },
  },
  required: ['name', 'email', 'phone', 'first_name', 'last_name'],
  additionalProperties: false,
};

function validate25(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="https://pbx-mock-kit.local/schemas/pre-chat-form.json" */ let vErrors = null;
  let errors = 0;
  const evaluated0 = validate25.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.name === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'name' },
        message: "must have required property '" + 'name' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.email === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'email' },
        message: "must have required property '" + 'email' + "'",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.phone === undefined) {
      const err2 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'phone' },
        message: "must have required property '" + 'phone' + "'",
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.first_name === undefined) {
      const err3 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'first_name' },
        message: "must have required property '" + 'first_name' + "'",
      };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.last_name === undefined) {
      const err4 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'last_name' },
        message: "must have required property '" + 'last_name' + "'",
      };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(
        key0 === 'name' ||
        key0 === 'email' ||
        key0 === 'phone' ||
        key0 === 'first_name' ||
        key0 === 'last_name'
      )) {
        const err5 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
        };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.name !== undefined) {
      if (typeof data.name !== 'string') {
        const err6 = {
          instancePath: instancePath + '/name',
          schemaPath: '#/properties/name/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.email !== undefined) {
      if (typeof data.email !== 'string') {
        const err7 = {
          instancePath: instancePath + '/email',
          schemaPath: '#/properties/email/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.phone !== undefined) {
      if (typeof data.phone !== 'string') {
        const err8 = {
          instancePath: instancePath + '/phone',
          schemaPath: '#/properties/phone/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.first_name !== undefined) {
      if (typeof data.first_name !== 'string') {
        const err9 = {
          instancePath: instancePath + '/first_name',
          schemaPath: '#/properties/first_name/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.last_name !== undefined) {
      if (typeof data.last_name !== 'string') {
        const err10 = {
          instancePath: instancePath + '/last_name',
          schemaPath: '#/properties/last_name/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
  } else {
    const err11 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err11];
    } else {
      vErrors.push(err11);
    }
    errors++;
  }
  validate25.errors = vErrors;
  return errors === 0;
}
validate25.evaluated = { props: true, dynamicProps: false, dynamicItems: false };

export const SessionInfo = validate26;
const schema39 = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://pbx-mock-kit.local/schemas/session-info.json',
  title: 'SessionInfo',
  description:
    'One message session as message_session/get and message_session/query return it (Session_Info, DOC).',
  type: 'object',
  properties: {
    id: { type: 'integer', minimum: 1, description: 'Unique session id.' },
    channel_type: {
      enum: ['sms', 'whatsapp', 'facebook', 'livechat'],
      description: 'Messaging channel type (DOC).',
    },
    did_number: {
      type: 'string',
      description: 'The DID the session uses (LC00000-like for live chat).',
    },
    to_number: { type: 'string', description: "The external customer's id or phone number." },
    page_name: {
      type: 'string',
      description: 'Facebook page name; only carries a value for facebook sessions (DOC).',
      $comment:
        'OPEN: whether non-facebook sessions send "" or omit it. The seed example sends "" for livechat; the mock sends "" by default (emptyFields: blank) or omits it (emptyFields: omit).',
    },
    user_info: { $ref: 'customer-info.json' },
    channel_name: { type: 'string', description: 'Name of the messaging channel.' },
    website_domain: {
      type: 'string',
      description: 'Domain of the site embedding the live-chat widget; only for livechat (DOC).',
      $comment: 'OPEN: "" or absent for other channels; the mock\'s choice follows emptyFields.',
    },
    pre_chat_form: {
      $ref: 'pre-chat-form.json',
      description: 'The pre-chat form the visitor filled in; only for livechat (DOC).',
      $comment:
        'OPEN: for other channels a device may omit it or send empty strings; the mock sends a form of empty strings (emptyFields: blank) or omits it (emptyFields: omit).',
    },
    origin: {
      enum: ['campaign', ''],
      description:
        'campaign when a message campaign created the session; empty when an extension user or the API did (DOC).',
    },
    participants: {
      type: 'array',
      items: { $ref: 'agent-info.json' },
      description:
        'Queue agents; only filled while the session is assigned to a message queue and not yet taken over (DOC).',
      $comment:
        'OPEN: [] or absent when taken over; the mock sends [] (emptyFields: blank) or omits it (emptyFields: omit).',
    },
  },
  required: [
    'id',
    'channel_type',
    'did_number',
    'to_number',
    'user_info',
    'channel_name',
    'origin',
  ],
  additionalProperties: false,
  allOf: [
    {
      $comment: 'A campaign recipient is user_type 8 whatever the channel (DOC).',
      if: { type: 'object', properties: { origin: { const: 'campaign' } }, required: ['origin'] },
      then: {
        type: 'object',
        properties: { user_info: { type: 'object', properties: { user_type: { const: 8 } } } },
      },
    },
    {
      $comment:
        'Otherwise user_type follows the channel: sms 2, whatsapp 3, facebook 4, livechat 5 (DOC).',
      if: {
        type: 'object',
        properties: { origin: { const: '' }, channel_type: { const: 'sms' } },
        required: ['origin', 'channel_type'],
      },
      then: {
        type: 'object',
        properties: { user_info: { type: 'object', properties: { user_type: { const: 2 } } } },
      },
    },
    {
      if: {
        type: 'object',
        properties: { origin: { const: '' }, channel_type: { const: 'whatsapp' } },
        required: ['origin', 'channel_type'],
      },
      then: {
        type: 'object',
        properties: { user_info: { type: 'object', properties: { user_type: { const: 3 } } } },
      },
    },
    {
      if: {
        type: 'object',
        properties: { origin: { const: '' }, channel_type: { const: 'facebook' } },
        required: ['origin', 'channel_type'],
      },
      then: {
        type: 'object',
        properties: { user_info: { type: 'object', properties: { user_type: { const: 4 } } } },
      },
    },
    {
      if: {
        type: 'object',
        properties: { origin: { const: '' }, channel_type: { const: 'livechat' } },
        required: ['origin', 'channel_type'],
      },
      then: {
        type: 'object',
        properties: { user_info: { type: 'object', properties: { user_type: { const: 5 } } } },
      },
    },
    {
      $comment: 'page_name only carries a value for facebook (DOC).',
      if: { type: 'object', properties: { channel_type: { not: { const: 'facebook' } } } },
      then: { type: 'object', properties: { page_name: { const: '' } } },
    },
    {
      $comment: 'website_domain and pre_chat_form only carry values for livechat (DOC).',
      if: { type: 'object', properties: { channel_type: { not: { const: 'livechat' } } } },
      then: {
        type: 'object',
        properties: {
          website_domain: { const: '' },
          pre_chat_form: {
            type: 'object',
            properties: {
              name: { const: '' },
              email: { const: '' },
              phone: { const: '' },
              first_name: { const: '' },
              last_name: { const: '' },
            },
          },
        },
      },
    },
  ],
};
const func2 = Object.prototype.hasOwnProperty;

function validate26(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="https://pbx-mock-kit.local/schemas/session-info.json" */ let vErrors = null;
  let errors = 0;
  const evaluated0 = validate26.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  const _errs3 = errors;
  let valid1 = true;
  const _errs4 = errors;
  if (errors === _errs4) {
    if (data && typeof data == 'object' && !Array.isArray(data)) {
      let missing0;
      if (data.origin === undefined && (missing0 = 'origin')) {
        const err0 = {};
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      } else {
        if (data.origin !== undefined) {
          if ('campaign' !== data.origin) {
            const err1 = {};
            if (vErrors === null) {
              vErrors = [err1];
            } else {
              vErrors.push(err1);
            }
            errors++;
          }
        }
      }
    } else {
      const err2 = {};
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
  }
  var _valid0 = _errs4 === errors;
  errors = _errs3;
  if (vErrors !== null) {
    if (_errs3) {
      vErrors.length = _errs3;
    } else {
      vErrors = null;
    }
  }
  if (_valid0) {
    const _errs7 = errors;
    if (data && typeof data == 'object' && !Array.isArray(data)) {
      if (data.user_info !== undefined) {
        let data1 = data.user_info;
        if (data1 && typeof data1 == 'object' && !Array.isArray(data1)) {
          if (data1.user_type !== undefined) {
            if (8 !== data1.user_type) {
              const err3 = {
                instancePath: instancePath + '/user_info/user_type',
                schemaPath: '#/allOf/0/then/properties/user_info/properties/user_type/const',
                keyword: 'const',
                params: { allowedValue: 8 },
                message: 'must be equal to constant',
              };
              if (vErrors === null) {
                vErrors = [err3];
              } else {
                vErrors.push(err3);
              }
              errors++;
            }
          }
        } else {
          const err4 = {
            instancePath: instancePath + '/user_info',
            schemaPath: '#/allOf/0/then/properties/user_info/type',
            keyword: 'type',
            params: { type: 'object' },
            message: 'must be object',
          };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      }
    } else {
      const err5 = {
        instancePath,
        schemaPath: '#/allOf/0/then/type',
        keyword: 'type',
        params: { type: 'object' },
        message: 'must be object',
      };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    var _valid0 = _errs7 === errors;
    valid1 = _valid0;
    if (valid1) {
      var props0 = {};
      props0.user_info = true;
      props0.origin = true;
    }
  }
  if (!valid1) {
    const err6 = {
      instancePath,
      schemaPath: '#/allOf/0/if',
      keyword: 'if',
      params: { failingKeyword: 'then' },
      message: 'must match "then" schema',
    };
    if (vErrors === null) {
      vErrors = [err6];
    } else {
      vErrors.push(err6);
    }
    errors++;
  }
  const _errs14 = errors;
  let valid5 = true;
  const _errs15 = errors;
  if (errors === _errs15) {
    if (data && typeof data == 'object' && !Array.isArray(data)) {
      let missing1;
      if (
        (data.origin === undefined && (missing1 = 'origin')) ||
        (data.channel_type === undefined && (missing1 = 'channel_type'))
      ) {
        const err7 = {};
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      } else {
        if (data.origin !== undefined) {
          const _errs17 = errors;
          if ('' !== data.origin) {
            const err8 = {};
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
          var valid6 = _errs17 === errors;
        } else {
          var valid6 = true;
        }
        if (valid6) {
          if (data.channel_type !== undefined) {
            const _errs18 = errors;
            if ('sms' !== data.channel_type) {
              const err9 = {};
              if (vErrors === null) {
                vErrors = [err9];
              } else {
                vErrors.push(err9);
              }
              errors++;
            }
            var valid6 = _errs18 === errors;
          } else {
            var valid6 = true;
          }
        }
      }
    } else {
      const err10 = {};
      if (vErrors === null) {
        vErrors = [err10];
      } else {
        vErrors.push(err10);
      }
      errors++;
    }
  }
  var _valid1 = _errs15 === errors;
  errors = _errs14;
  if (vErrors !== null) {
    if (_errs14) {
      vErrors.length = _errs14;
    } else {
      vErrors = null;
    }
  }
  if (_valid1) {
    const _errs19 = errors;
    if (data && typeof data == 'object' && !Array.isArray(data)) {
      if (data.user_info !== undefined) {
        let data5 = data.user_info;
        if (data5 && typeof data5 == 'object' && !Array.isArray(data5)) {
          if (data5.user_type !== undefined) {
            if (2 !== data5.user_type) {
              const err11 = {
                instancePath: instancePath + '/user_info/user_type',
                schemaPath: '#/allOf/1/then/properties/user_info/properties/user_type/const',
                keyword: 'const',
                params: { allowedValue: 2 },
                message: 'must be equal to constant',
              };
              if (vErrors === null) {
                vErrors = [err11];
              } else {
                vErrors.push(err11);
              }
              errors++;
            }
          }
        } else {
          const err12 = {
            instancePath: instancePath + '/user_info',
            schemaPath: '#/allOf/1/then/properties/user_info/type',
            keyword: 'type',
            params: { type: 'object' },
            message: 'must be object',
          };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
      }
    } else {
      const err13 = {
        instancePath,
        schemaPath: '#/allOf/1/then/type',
        keyword: 'type',
        params: { type: 'object' },
        message: 'must be object',
      };
      if (vErrors === null) {
        vErrors = [err13];
      } else {
        vErrors.push(err13);
      }
      errors++;
    }
    var _valid1 = _errs19 === errors;
    valid5 = _valid1;
    if (valid5) {
      var props1 = {};
      props1.user_info = true;
      props1.origin = true;
      props1.channel_type = true;
    }
  }
  if (!valid5) {
    const err14 = {
      instancePath,
      schemaPath: '#/allOf/1/if',
      keyword: 'if',
      params: { failingKeyword: 'then' },
      message: 'must match "then" schema',
    };
    if (vErrors === null) {
      vErrors = [err14];
    } else {
      vErrors.push(err14);
    }
    errors++;
  }
  if (props0 !== true && props1 !== undefined) {
    if (props1 === true) {
      props0 = true;
    } else {
      props0 = props0 || {};
      Object.assign(props0, props1);
    }
  }
  const _errs25 = errors;
  let valid9 = true;
  const _errs26 = errors;
  if (errors === _errs26) {
    if (data && typeof data == 'object' && !Array.isArray(data)) {
      let missing2;
      if (
        (data.origin === undefined && (missing2 = 'origin')) ||
        (data.channel_type === undefined && (missing2 = 'channel_type'))
      ) {
        const err15 = {};
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      } else {
        if (data.origin !== undefined) {
          const _errs28 = errors;
          if ('' !== data.origin) {
            const err16 = {};
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          }
          var valid10 = _errs28 === errors;
        } else {
          var valid10 = true;
        }
        if (valid10) {
          if (data.channel_type !== undefined) {
            const _errs29 = errors;
            if ('whatsapp' !== data.channel_type) {
              const err17 = {};
              if (vErrors === null) {
                vErrors = [err17];
              } else {
                vErrors.push(err17);
              }
              errors++;
            }
            var valid10 = _errs29 === errors;
          } else {
            var valid10 = true;
          }
        }
      }
    } else {
      const err18 = {};
      if (vErrors === null) {
        vErrors = [err18];
      } else {
        vErrors.push(err18);
      }
      errors++;
    }
  }
  var _valid2 = _errs26 === errors;
  errors = _errs25;
  if (vErrors !== null) {
    if (_errs25) {
      vErrors.length = _errs25;
    } else {
      vErrors = null;
    }
  }
  if (_valid2) {
    const _errs30 = errors;
    if (data && typeof data == 'object' && !Array.isArray(data)) {
      if (data.user_info !== undefined) {
        let data9 = data.user_info;
        if (data9 && typeof data9 == 'object' && !Array.isArray(data9)) {
          if (data9.user_type !== undefined) {
            if (3 !== data9.user_type) {
              const err19 = {
                instancePath: instancePath + '/user_info/user_type',
                schemaPath: '#/allOf/2/then/properties/user_info/properties/user_type/const',
                keyword: 'const',
                params: { allowedValue: 3 },
                message: 'must be equal to constant',
              };
              if (vErrors === null) {
                vErrors = [err19];
              } else {
                vErrors.push(err19);
              }
              errors++;
            }
          }
        } else {
          const err20 = {
            instancePath: instancePath + '/user_info',
            schemaPath: '#/allOf/2/then/properties/user_info/type',
            keyword: 'type',
            params: { type: 'object' },
            message: 'must be object',
          };
          if (vErrors === null) {
            vErrors = [err20];
          } else {
            vErrors.push(err20);
          }
          errors++;
        }
      }
    } else {
      const err21 = {
        instancePath,
        schemaPath: '#/allOf/2/then/type',
        keyword: 'type',
        params: { type: 'object' },
        message: 'must be object',
      };
      if (vErrors === null) {
        vErrors = [err21];
      } else {
        vErrors.push(err21);
      }
      errors++;
    }
    var _valid2 = _errs30 === errors;
    valid9 = _valid2;
    if (valid9) {
      var props2 = {};
      props2.user_info = true;
      props2.origin = true;
      props2.channel_type = true;
    }
  }
  if (!valid9) {
    const err22 = {
      instancePath,
      schemaPath: '#/allOf/2/if',
      keyword: 'if',
      params: { failingKeyword: 'then' },
      message: 'must match "then" schema',
    };
    if (vErrors === null) {
      vErrors = [err22];
    } else {
      vErrors.push(err22);
    }
    errors++;
  }
  if (props0 !== true && props2 !== undefined) {
    if (props2 === true) {
      props0 = true;
    } else {
      props0 = props0 || {};
      Object.assign(props0, props2);
    }
  }
  const _errs36 = errors;
  let valid13 = true;
  const _errs37 = errors;
  if (errors === _errs37) {
    if (data && typeof data == 'object' && !Array.isArray(data)) {
      let missing3;
      if (
        (data.origin === undefined && (missing3 = 'origin')) ||
        (data.channel_type === undefined && (missing3 = 'channel_type'))
      ) {
        const err23 = {};
        if (vErrors === null) {
          vErrors = [err23];
        } else {
          vErrors.push(err23);
        }
        errors++;
      } else {
        if (data.origin !== undefined) {
          const _errs39 = errors;
          if ('' !== data.origin) {
            const err24 = {};
            if (vErrors === null) {
              vErrors = [err24];
            } else {
              vErrors.push(err24);
            }
            errors++;
          }
          var valid14 = _errs39 === errors;
        } else {
          var valid14 = true;
        }
        if (valid14) {
          if (data.channel_type !== undefined) {
            const _errs40 = errors;
            if ('facebook' !== data.channel_type) {
              const err25 = {};
              if (vErrors === null) {
                vErrors = [err25];
              } else {
                vErrors.push(err25);
              }
              errors++;
            }
            var valid14 = _errs40 === errors;
          } else {
            var valid14 = true;
          }
        }
      }
    } else {
      const err26 = {};
      if (vErrors === null) {
        vErrors = [err26];
      } else {
        vErrors.push(err26);
      }
      errors++;
    }
  }
  var _valid3 = _errs37 === errors;
  errors = _errs36;
  if (vErrors !== null) {
    if (_errs36) {
      vErrors.length = _errs36;
    } else {
      vErrors = null;
    }
  }
  if (_valid3) {
    const _errs41 = errors;
    if (data && typeof data == 'object' && !Array.isArray(data)) {
      if (data.user_info !== undefined) {
        let data13 = data.user_info;
        if (data13 && typeof data13 == 'object' && !Array.isArray(data13)) {
          if (data13.user_type !== undefined) {
            if (4 !== data13.user_type) {
              const err27 = {
                instancePath: instancePath + '/user_info/user_type',
                schemaPath: '#/allOf/3/then/properties/user_info/properties/user_type/const',
                keyword: 'const',
                params: { allowedValue: 4 },
                message: 'must be equal to constant',
              };
              if (vErrors === null) {
                vErrors = [err27];
              } else {
                vErrors.push(err27);
              }
              errors++;
            }
          }
        } else {
          const err28 = {
            instancePath: instancePath + '/user_info',
            schemaPath: '#/allOf/3/then/properties/user_info/type',
            keyword: 'type',
            params: { type: 'object' },
            message: 'must be object',
          };
          if (vErrors === null) {
            vErrors = [err28];
          } else {
            vErrors.push(err28);
          }
          errors++;
        }
      }
    } else {
      const err29 = {
        instancePath,
        schemaPath: '#/allOf/3/then/type',
        keyword: 'type',
        params: { type: 'object' },
        message: 'must be object',
      };
      if (vErrors === null) {
        vErrors = [err29];
      } else {
        vErrors.push(err29);
      }
      errors++;
    }
    var _valid3 = _errs41 === errors;
    valid13 = _valid3;
    if (valid13) {
      var props3 = {};
      props3.user_info = true;
      props3.origin = true;
      props3.channel_type = true;
    }
  }
  if (!valid13) {
    const err30 = {
      instancePath,
      schemaPath: '#/allOf/3/if',
      keyword: 'if',
      params: { failingKeyword: 'then' },
      message: 'must match "then" schema',
    };
    if (vErrors === null) {
      vErrors = [err30];
    } else {
      vErrors.push(err30);
    }
    errors++;
  }
  if (props0 !== true && props3 !== undefined) {
    if (props3 === true) {
      props0 = true;
    } else {
      props0 = props0 || {};
      Object.assign(props0, props3);
    }
  }
  const _errs47 = errors;
  let valid17 = true;
  const _errs48 = errors;
  if (errors === _errs48) {
    if (data && typeof data == 'object' && !Array.isArray(data)) {
      let missing4;
      if (
        (data.origin === undefined && (missing4 = 'origin')) ||
        (data.channel_type === undefined && (missing4 = 'channel_type'))
      ) {
        const err31 = {};
        if (vErrors === null) {
          vErrors = [err31];
        } else {
          vErrors.push(err31);
        }
        errors++;
      } else {
        if (data.origin !== undefined) {
          const _errs50 = errors;
          if ('' !== data.origin) {
            const err32 = {};
            if (vErrors === null) {
              vErrors = [err32];
            } else {
              vErrors.push(err32);
            }
            errors++;
          }
          var valid18 = _errs50 === errors;
        } else {
          var valid18 = true;
        }
        if (valid18) {
          if (data.channel_type !== undefined) {
            const _errs51 = errors;
            if ('livechat' !== data.channel_type) {
              const err33 = {};
              if (vErrors === null) {
                vErrors = [err33];
              } else {
                vErrors.push(err33);
              }
              errors++;
            }
            var valid18 = _errs51 === errors;
          } else {
            var valid18 = true;
          }
        }
      }
    } else {
      const err34 = {};
      if (vErrors === null) {
        vErrors = [err34];
      } else {
        vErrors.push(err34);
      }
      errors++;
    }
  }
  var _valid4 = _errs48 === errors;
  errors = _errs47;
  if (vErrors !== null) {
    if (_errs47) {
      vErrors.length = _errs47;
    } else {
      vErrors = null;
    }
  }
  if (_valid4) {
    const _errs52 = errors;
    if (data && typeof data == 'object' && !Array.isArray(data)) {
      if (data.user_info !== undefined) {
        let data17 = data.user_info;
        if (data17 && typeof data17 == 'object' && !Array.isArray(data17)) {
          if (data17.user_type !== undefined) {
            if (5 !== data17.user_type) {
              const err35 = {
                instancePath: instancePath + '/user_info/user_type',
                schemaPath: '#/allOf/4/then/properties/user_info/properties/user_type/const',
                keyword: 'const',
                params: { allowedValue: 5 },
                message: 'must be equal to constant',
              };
              if (vErrors === null) {
                vErrors = [err35];
              } else {
                vErrors.push(err35);
              }
              errors++;
            }
          }
        } else {
          const err36 = {
            instancePath: instancePath + '/user_info',
            schemaPath: '#/allOf/4/then/properties/user_info/type',
            keyword: 'type',
            params: { type: 'object' },
            message: 'must be object',
          };
          if (vErrors === null) {
            vErrors = [err36];
          } else {
            vErrors.push(err36);
          }
          errors++;
        }
      }
    } else {
      const err37 = {
        instancePath,
        schemaPath: '#/allOf/4/then/type',
        keyword: 'type',
        params: { type: 'object' },
        message: 'must be object',
      };
      if (vErrors === null) {
        vErrors = [err37];
      } else {
        vErrors.push(err37);
      }
      errors++;
    }
    var _valid4 = _errs52 === errors;
    valid17 = _valid4;
    if (valid17) {
      var props4 = {};
      props4.user_info = true;
      props4.origin = true;
      props4.channel_type = true;
    }
  }
  if (!valid17) {
    const err38 = {
      instancePath,
      schemaPath: '#/allOf/4/if',
      keyword: 'if',
      params: { failingKeyword: 'then' },
      message: 'must match "then" schema',
    };
    if (vErrors === null) {
      vErrors = [err38];
    } else {
      vErrors.push(err38);
    }
    errors++;
  }
  if (props0 !== true && props4 !== undefined) {
    if (props4 === true) {
      props0 = true;
    } else {
      props0 = props0 || {};
      Object.assign(props0, props4);
    }
  }
  const _errs59 = errors;
  let valid21 = true;
  const _errs60 = errors;
  if (errors === _errs60) {
    if (data && typeof data == 'object' && !Array.isArray(data)) {
      if (data.channel_type !== undefined) {
        const _errs63 = errors;
        const _errs64 = errors;
        if ('facebook' !== data.channel_type) {
          const err39 = {};
          if (vErrors === null) {
            vErrors = [err39];
          } else {
            vErrors.push(err39);
          }
          errors++;
        }
        var valid23 = _errs64 === errors;
        if (valid23) {
          const err40 = {};
          if (vErrors === null) {
            vErrors = [err40];
          } else {
            vErrors.push(err40);
          }
          errors++;
        } else {
          errors = _errs63;
          if (vErrors !== null) {
            if (_errs63) {
              vErrors.length = _errs63;
            } else {
              vErrors = null;
            }
          }
        }
      }
    } else {
      const err41 = {};
      if (vErrors === null) {
        vErrors = [err41];
      } else {
        vErrors.push(err41);
      }
      errors++;
    }
  }
  var _valid5 = _errs60 === errors;
  errors = _errs59;
  if (vErrors !== null) {
    if (_errs59) {
      vErrors.length = _errs59;
    } else {
      vErrors = null;
    }
  }
  if (_valid5) {
    const _errs65 = errors;
    if (data && typeof data == 'object' && !Array.isArray(data)) {
      if (data.page_name !== undefined) {
        if ('' !== data.page_name) {
          const err42 = {
            instancePath: instancePath + '/page_name',
            schemaPath: '#/allOf/5/then/properties/page_name/const',
            keyword: 'const',
            params: { allowedValue: '' },
            message: 'must be equal to constant',
          };
          if (vErrors === null) {
            vErrors = [err42];
          } else {
            vErrors.push(err42);
          }
          errors++;
        }
      }
    } else {
      const err43 = {
        instancePath,
        schemaPath: '#/allOf/5/then/type',
        keyword: 'type',
        params: { type: 'object' },
        message: 'must be object',
      };
      if (vErrors === null) {
        vErrors = [err43];
      } else {
        vErrors.push(err43);
      }
      errors++;
    }
    var _valid5 = _errs65 === errors;
    valid21 = _valid5;
    if (valid21) {
      var props5 = {};
      props5.page_name = true;
      props5.channel_type = true;
    }
  }
  if (!valid21) {
    const err44 = {
      instancePath,
      schemaPath: '#/allOf/5/if',
      keyword: 'if',
      params: { failingKeyword: 'then' },
      message: 'must match "then" schema',
    };
    if (vErrors === null) {
      vErrors = [err44];
    } else {
      vErrors.push(err44);
    }
    errors++;
  }
  if (props0 !== true && props5 !== undefined) {
    if (props5 === true) {
      props0 = true;
    } else {
      props0 = props0 || {};
      Object.assign(props0, props5);
    }
  }
  const _errs70 = errors;
  let valid25 = true;
  const _errs71 = errors;
  if (errors === _errs71) {
    if (data && typeof data == 'object' && !Array.isArray(data)) {
      if (data.channel_type !== undefined) {
        const _errs74 = errors;
        const _errs75 = errors;
        if ('livechat' !== data.channel_type) {
          const err45 = {};
          if (vErrors === null) {
            vErrors = [err45];
          } else {
            vErrors.push(err45);
          }
          errors++;
        }
        var valid27 = _errs75 === errors;
        if (valid27) {
          const err46 = {};
          if (vErrors === null) {
            vErrors = [err46];
          } else {
            vErrors.push(err46);
          }
          errors++;
        } else {
          errors = _errs74;
          if (vErrors !== null) {
            if (_errs74) {
              vErrors.length = _errs74;
            } else {
              vErrors = null;
            }
          }
        }
      }
    } else {
      const err47 = {};
      if (vErrors === null) {
        vErrors = [err47];
      } else {
        vErrors.push(err47);
      }
      errors++;
    }
  }
  var _valid6 = _errs71 === errors;
  errors = _errs70;
  if (vErrors !== null) {
    if (_errs70) {
      vErrors.length = _errs70;
    } else {
      vErrors = null;
    }
  }
  if (_valid6) {
    const _errs76 = errors;
    if (data && typeof data == 'object' && !Array.isArray(data)) {
      if (data.website_domain !== undefined) {
        if ('' !== data.website_domain) {
          const err48 = {
            instancePath: instancePath + '/website_domain',
            schemaPath: '#/allOf/6/then/properties/website_domain/const',
            keyword: 'const',
            params: { allowedValue: '' },
            message: 'must be equal to constant',
          };
          if (vErrors === null) {
            vErrors = [err48];
          } else {
            vErrors.push(err48);
          }
          errors++;
        }
      }
      if (data.pre_chat_form !== undefined) {
        let data23 = data.pre_chat_form;
        if (data23 && typeof data23 == 'object' && !Array.isArray(data23)) {
          if (data23.name !== undefined) {
            if ('' !== data23.name) {
              const err49 = {
                instancePath: instancePath + '/pre_chat_form/name',
                schemaPath: '#/allOf/6/then/properties/pre_chat_form/properties/name/const',
                keyword: 'const',
                params: { allowedValue: '' },
                message: 'must be equal to constant',
              };
              if (vErrors === null) {
                vErrors = [err49];
              } else {
                vErrors.push(err49);
              }
              errors++;
            }
          }
          if (data23.email !== undefined) {
            if ('' !== data23.email) {
              const err50 = {
                instancePath: instancePath + '/pre_chat_form/email',
                schemaPath: '#/allOf/6/then/properties/pre_chat_form/properties/email/const',
                keyword: 'const',
                params: { allowedValue: '' },
                message: 'must be equal to constant',
              };
              if (vErrors === null) {
                vErrors = [err50];
              } else {
                vErrors.push(err50);
              }
              errors++;
            }
          }
          if (data23.phone !== undefined) {
            if ('' !== data23.phone) {
              const err51 = {
                instancePath: instancePath + '/pre_chat_form/phone',
                schemaPath: '#/allOf/6/then/properties/pre_chat_form/properties/phone/const',
                keyword: 'const',
                params: { allowedValue: '' },
                message: 'must be equal to constant',
              };
              if (vErrors === null) {
                vErrors = [err51];
              } else {
                vErrors.push(err51);
              }
              errors++;
            }
          }
          if (data23.first_name !== undefined) {
            if ('' !== data23.first_name) {
              const err52 = {
                instancePath: instancePath + '/pre_chat_form/first_name',
                schemaPath: '#/allOf/6/then/properties/pre_chat_form/properties/first_name/const',
                keyword: 'const',
                params: { allowedValue: '' },
                message: 'must be equal to constant',
              };
              if (vErrors === null) {
                vErrors = [err52];
              } else {
                vErrors.push(err52);
              }
              errors++;
            }
          }
          if (data23.last_name !== undefined) {
            if ('' !== data23.last_name) {
              const err53 = {
                instancePath: instancePath + '/pre_chat_form/last_name',
                schemaPath: '#/allOf/6/then/properties/pre_chat_form/properties/last_name/const',
                keyword: 'const',
                params: { allowedValue: '' },
                message: 'must be equal to constant',
              };
              if (vErrors === null) {
                vErrors = [err53];
              } else {
                vErrors.push(err53);
              }
              errors++;
            }
          }
        } else {
          const err54 = {
            instancePath: instancePath + '/pre_chat_form',
            schemaPath: '#/allOf/6/then/properties/pre_chat_form/type',
            keyword: 'type',
            params: { type: 'object' },
            message: 'must be object',
          };
          if (vErrors === null) {
            vErrors = [err54];
          } else {
            vErrors.push(err54);
          }
          errors++;
        }
      }
    } else {
      const err55 = {
        instancePath,
        schemaPath: '#/allOf/6/then/type',
        keyword: 'type',
        params: { type: 'object' },
        message: 'must be object',
      };
      if (vErrors === null) {
        vErrors = [err55];
      } else {
        vErrors.push(err55);
      }
      errors++;
    }
    var _valid6 = _errs76 === errors;
    valid25 = _valid6;
    if (valid25) {
      var props6 = {};
      props6.website_domain = true;
      props6.pre_chat_form = true;
      props6.channel_type = true;
    }
  }
  if (!valid25) {
    const err56 = {
      instancePath,
      schemaPath: '#/allOf/6/if',
      keyword: 'if',
      params: { failingKeyword: 'then' },
      message: 'must match "then" schema',
    };
    if (vErrors === null) {
      vErrors = [err56];
    } else {
      vErrors.push(err56);
    }
    errors++;
  }
  if (props0 !== true && props6 !== undefined) {
    if (props6 === true) {
      props0 = true;
    } else {
      props0 = props0 || {};
      Object.assign(props0, props6);
    }
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.id === undefined) {
      const err57 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'id' },
        message: "must have required property '" + 'id' + "'",
      };
      if (vErrors === null) {
        vErrors = [err57];
      } else {
        vErrors.push(err57);
      }
      errors++;
    }
    if (data.channel_type === undefined) {
      const err58 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'channel_type' },
        message: "must have required property '" + 'channel_type' + "'",
      };
      if (vErrors === null) {
        vErrors = [err58];
      } else {
        vErrors.push(err58);
      }
      errors++;
    }
    if (data.did_number === undefined) {
      const err59 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'did_number' },
        message: "must have required property '" + 'did_number' + "'",
      };
      if (vErrors === null) {
        vErrors = [err59];
      } else {
        vErrors.push(err59);
      }
      errors++;
    }
    if (data.to_number === undefined) {
      const err60 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'to_number' },
        message: "must have required property '" + 'to_number' + "'",
      };
      if (vErrors === null) {
        vErrors = [err60];
      } else {
        vErrors.push(err60);
      }
      errors++;
    }
    if (data.user_info === undefined) {
      const err61 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'user_info' },
        message: "must have required property '" + 'user_info' + "'",
      };
      if (vErrors === null) {
        vErrors = [err61];
      } else {
        vErrors.push(err61);
      }
      errors++;
    }
    if (data.channel_name === undefined) {
      const err62 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'channel_name' },
        message: "must have required property '" + 'channel_name' + "'",
      };
      if (vErrors === null) {
        vErrors = [err62];
      } else {
        vErrors.push(err62);
      }
      errors++;
    }
    if (data.origin === undefined) {
      const err63 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'origin' },
        message: "must have required property '" + 'origin' + "'",
      };
      if (vErrors === null) {
        vErrors = [err63];
      } else {
        vErrors.push(err63);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func2.call(schema39.properties, key0)) {
        const err64 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
        };
        if (vErrors === null) {
          vErrors = [err64];
        } else {
          vErrors.push(err64);
        }
        errors++;
      }
    }
    if (data.id !== undefined) {
      let data29 = data.id;
      if (!(typeof data29 == 'number' && !(data29 % 1) && !isNaN(data29) && isFinite(data29))) {
        const err65 = {
          instancePath: instancePath + '/id',
          schemaPath: '#/properties/id/type',
          keyword: 'type',
          params: { type: 'integer' },
          message: 'must be integer',
        };
        if (vErrors === null) {
          vErrors = [err65];
        } else {
          vErrors.push(err65);
        }
        errors++;
      }
      if (typeof data29 == 'number' && isFinite(data29)) {
        if (data29 < 1 || isNaN(data29)) {
          const err66 = {
            instancePath: instancePath + '/id',
            schemaPath: '#/properties/id/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 1 },
            message: 'must be >= 1',
          };
          if (vErrors === null) {
            vErrors = [err66];
          } else {
            vErrors.push(err66);
          }
          errors++;
        }
      }
    }
    if (data.channel_type !== undefined) {
      let data30 = data.channel_type;
      if (!(
        data30 === 'sms' ||
        data30 === 'whatsapp' ||
        data30 === 'facebook' ||
        data30 === 'livechat'
      )) {
        const err67 = {
          instancePath: instancePath + '/channel_type',
          schemaPath: '#/properties/channel_type/enum',
          keyword: 'enum',
          params: { allowedValues: schema39.properties.channel_type.enum },
          message: 'must be equal to one of the allowed values',
        };
        if (vErrors === null) {
          vErrors = [err67];
        } else {
          vErrors.push(err67);
        }
        errors++;
      }
    }
    if (data.did_number !== undefined) {
      if (typeof data.did_number !== 'string') {
        const err68 = {
          instancePath: instancePath + '/did_number',
          schemaPath: '#/properties/did_number/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err68];
        } else {
          vErrors.push(err68);
        }
        errors++;
      }
    }
    if (data.to_number !== undefined) {
      if (typeof data.to_number !== 'string') {
        const err69 = {
          instancePath: instancePath + '/to_number',
          schemaPath: '#/properties/to_number/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err69];
        } else {
          vErrors.push(err69);
        }
        errors++;
      }
    }
    if (data.page_name !== undefined) {
      if (typeof data.page_name !== 'string') {
        const err70 = {
          instancePath: instancePath + '/page_name',
          schemaPath: '#/properties/page_name/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err70];
        } else {
          vErrors.push(err70);
        }
        errors++;
      }
    }
    if (data.user_info !== undefined) {
      let data34 = data.user_info;
      if (data34 && typeof data34 == 'object' && !Array.isArray(data34)) {
        if (data34.user_id === undefined) {
          const err71 = {
            instancePath: instancePath + '/user_info',
            schemaPath: 'customer-info.json/required',
            keyword: 'required',
            params: { missingProperty: 'user_id' },
            message: "must have required property '" + 'user_id' + "'",
          };
          if (vErrors === null) {
            vErrors = [err71];
          } else {
            vErrors.push(err71);
          }
          errors++;
        }
        if (data34.user_no === undefined) {
          const err72 = {
            instancePath: instancePath + '/user_info',
            schemaPath: 'customer-info.json/required',
            keyword: 'required',
            params: { missingProperty: 'user_no' },
            message: "must have required property '" + 'user_no' + "'",
          };
          if (vErrors === null) {
            vErrors = [err72];
          } else {
            vErrors.push(err72);
          }
          errors++;
        }
        if (data34.user_type === undefined) {
          const err73 = {
            instancePath: instancePath + '/user_info',
            schemaPath: 'customer-info.json/required',
            keyword: 'required',
            params: { missingProperty: 'user_type' },
            message: "must have required property '" + 'user_type' + "'",
          };
          if (vErrors === null) {
            vErrors = [err73];
          } else {
            vErrors.push(err73);
          }
          errors++;
        }
        if (data34.avatar === undefined) {
          const err74 = {
            instancePath: instancePath + '/user_info',
            schemaPath: 'customer-info.json/required',
            keyword: 'required',
            params: { missingProperty: 'avatar' },
            message: "must have required property '" + 'avatar' + "'",
          };
          if (vErrors === null) {
            vErrors = [err74];
          } else {
            vErrors.push(err74);
          }
          errors++;
        }
        if (data34.username === undefined) {
          const err75 = {
            instancePath: instancePath + '/user_info',
            schemaPath: 'customer-info.json/required',
            keyword: 'required',
            params: { missingProperty: 'username' },
            message: "must have required property '" + 'username' + "'",
          };
          if (vErrors === null) {
            vErrors = [err75];
          } else {
            vErrors.push(err75);
          }
          errors++;
        }
        for (const key1 in data34) {
          if (!(
            key1 === 'user_id' ||
            key1 === 'user_no' ||
            key1 === 'user_type' ||
            key1 === 'avatar' ||
            key1 === 'username'
          )) {
            const err76 = {
              instancePath: instancePath + '/user_info',
              schemaPath: 'customer-info.json/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key1 },
              message: 'must NOT have additional properties',
            };
            if (vErrors === null) {
              vErrors = [err76];
            } else {
              vErrors.push(err76);
            }
            errors++;
          }
        }
        if (data34.user_id !== undefined) {
          if (0 !== data34.user_id) {
            const err77 = {
              instancePath: instancePath + '/user_info/user_id',
              schemaPath: 'customer-info.json/properties/user_id/const',
              keyword: 'const',
              params: { allowedValue: 0 },
              message: 'must be equal to constant',
            };
            if (vErrors === null) {
              vErrors = [err77];
            } else {
              vErrors.push(err77);
            }
            errors++;
          }
        }
        if (data34.user_no !== undefined) {
          if (typeof data34.user_no !== 'string') {
            const err78 = {
              instancePath: instancePath + '/user_info/user_no',
              schemaPath: 'customer-info.json/properties/user_no/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
            };
            if (vErrors === null) {
              vErrors = [err78];
            } else {
              vErrors.push(err78);
            }
            errors++;
          }
        }
        if (data34.user_type !== undefined) {
          let data37 = data34.user_type;
          if (!(data37 === 2 || data37 === 3 || data37 === 4 || data37 === 5 || data37 === 8)) {
            const err79 = {
              instancePath: instancePath + '/user_info/user_type',
              schemaPath: 'customer-info.json/properties/user_type/enum',
              keyword: 'enum',
              params: { allowedValues: schema36.properties.user_type.enum },
              message: 'must be equal to one of the allowed values',
            };
            if (vErrors === null) {
              vErrors = [err79];
            } else {
              vErrors.push(err79);
            }
            errors++;
          }
        }
        if (data34.avatar !== undefined) {
          if (typeof data34.avatar !== 'string') {
            const err80 = {
              instancePath: instancePath + '/user_info/avatar',
              schemaPath: 'customer-info.json/properties/avatar/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
            };
            if (vErrors === null) {
              vErrors = [err80];
            } else {
              vErrors.push(err80);
            }
            errors++;
          }
        }
        if (data34.username !== undefined) {
          if (typeof data34.username !== 'string') {
            const err81 = {
              instancePath: instancePath + '/user_info/username',
              schemaPath: 'customer-info.json/properties/username/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
            };
            if (vErrors === null) {
              vErrors = [err81];
            } else {
              vErrors.push(err81);
            }
            errors++;
          }
        }
      } else {
        const err82 = {
          instancePath: instancePath + '/user_info',
          schemaPath: 'customer-info.json/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
        };
        if (vErrors === null) {
          vErrors = [err82];
        } else {
          vErrors.push(err82);
        }
        errors++;
      }
    }
    if (data.channel_name !== undefined) {
      if (typeof data.channel_name !== 'string') {
        const err83 = {
          instancePath: instancePath + '/channel_name',
          schemaPath: '#/properties/channel_name/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err83];
        } else {
          vErrors.push(err83);
        }
        errors++;
      }
    }
    if (data.website_domain !== undefined) {
      if (typeof data.website_domain !== 'string') {
        const err84 = {
          instancePath: instancePath + '/website_domain',
          schemaPath: '#/properties/website_domain/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err84];
        } else {
          vErrors.push(err84);
        }
        errors++;
      }
    }
    if (data.pre_chat_form !== undefined) {
      let data42 = data.pre_chat_form;
      if (data42 && typeof data42 == 'object' && !Array.isArray(data42)) {
        if (data42.name === undefined) {
          const err85 = {
            instancePath: instancePath + '/pre_chat_form',
            schemaPath: 'pre-chat-form.json/required',
            keyword: 'required',
            params: { missingProperty: 'name' },
            message: "must have required property '" + 'name' + "'",
          };
          if (vErrors === null) {
            vErrors = [err85];
          } else {
            vErrors.push(err85);
          }
          errors++;
        }
        if (data42.email === undefined) {
          const err86 = {
            instancePath: instancePath + '/pre_chat_form',
            schemaPath: 'pre-chat-form.json/required',
            keyword: 'required',
            params: { missingProperty: 'email' },
            message: "must have required property '" + 'email' + "'",
          };
          if (vErrors === null) {
            vErrors = [err86];
          } else {
            vErrors.push(err86);
          }
          errors++;
        }
        if (data42.phone === undefined) {
          const err87 = {
            instancePath: instancePath + '/pre_chat_form',
            schemaPath: 'pre-chat-form.json/required',
            keyword: 'required',
            params: { missingProperty: 'phone' },
            message: "must have required property '" + 'phone' + "'",
          };
          if (vErrors === null) {
            vErrors = [err87];
          } else {
            vErrors.push(err87);
          }
          errors++;
        }
        if (data42.first_name === undefined) {
          const err88 = {
            instancePath: instancePath + '/pre_chat_form',
            schemaPath: 'pre-chat-form.json/required',
            keyword: 'required',
            params: { missingProperty: 'first_name' },
            message: "must have required property '" + 'first_name' + "'",
          };
          if (vErrors === null) {
            vErrors = [err88];
          } else {
            vErrors.push(err88);
          }
          errors++;
        }
        if (data42.last_name === undefined) {
          const err89 = {
            instancePath: instancePath + '/pre_chat_form',
            schemaPath: 'pre-chat-form.json/required',
            keyword: 'required',
            params: { missingProperty: 'last_name' },
            message: "must have required property '" + 'last_name' + "'",
          };
          if (vErrors === null) {
            vErrors = [err89];
          } else {
            vErrors.push(err89);
          }
          errors++;
        }
        for (const key2 in data42) {
          if (!(
            key2 === 'name' ||
            key2 === 'email' ||
            key2 === 'phone' ||
            key2 === 'first_name' ||
            key2 === 'last_name'
          )) {
            const err90 = {
              instancePath: instancePath + '/pre_chat_form',
              schemaPath: 'pre-chat-form.json/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key2 },
              message: 'must NOT have additional properties',
            };
            if (vErrors === null) {
              vErrors = [err90];
            } else {
              vErrors.push(err90);
            }
            errors++;
          }
        }
        if (data42.name !== undefined) {
          if (typeof data42.name !== 'string') {
            const err91 = {
              instancePath: instancePath + '/pre_chat_form/name',
              schemaPath: 'pre-chat-form.json/properties/name/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
            };
            if (vErrors === null) {
              vErrors = [err91];
            } else {
              vErrors.push(err91);
            }
            errors++;
          }
        }
        if (data42.email !== undefined) {
          if (typeof data42.email !== 'string') {
            const err92 = {
              instancePath: instancePath + '/pre_chat_form/email',
              schemaPath: 'pre-chat-form.json/properties/email/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
            };
            if (vErrors === null) {
              vErrors = [err92];
            } else {
              vErrors.push(err92);
            }
            errors++;
          }
        }
        if (data42.phone !== undefined) {
          if (typeof data42.phone !== 'string') {
            const err93 = {
              instancePath: instancePath + '/pre_chat_form/phone',
              schemaPath: 'pre-chat-form.json/properties/phone/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
            };
            if (vErrors === null) {
              vErrors = [err93];
            } else {
              vErrors.push(err93);
            }
            errors++;
          }
        }
        if (data42.first_name !== undefined) {
          if (typeof data42.first_name !== 'string') {
            const err94 = {
              instancePath: instancePath + '/pre_chat_form/first_name',
              schemaPath: 'pre-chat-form.json/properties/first_name/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
            };
            if (vErrors === null) {
              vErrors = [err94];
            } else {
              vErrors.push(err94);
            }
            errors++;
          }
        }
        if (data42.last_name !== undefined) {
          if (typeof data42.last_name !== 'string') {
            const err95 = {
              instancePath: instancePath + '/pre_chat_form/last_name',
              schemaPath: 'pre-chat-form.json/properties/last_name/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
            };
            if (vErrors === null) {
              vErrors = [err95];
            } else {
              vErrors.push(err95);
            }
            errors++;
          }
        }
      } else {
        const err96 = {
          instancePath: instancePath + '/pre_chat_form',
          schemaPath: 'pre-chat-form.json/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
        };
        if (vErrors === null) {
          vErrors = [err96];
        } else {
          vErrors.push(err96);
        }
        errors++;
      }
    }
    if (data.origin !== undefined) {
      let data48 = data.origin;
      if (!(data48 === 'campaign' || data48 === '')) {
        const err97 = {
          instancePath: instancePath + '/origin',
          schemaPath: '#/properties/origin/enum',
          keyword: 'enum',
          params: { allowedValues: schema39.properties.origin.enum },
          message: 'must be equal to one of the allowed values',
        };
        if (vErrors === null) {
          vErrors = [err97];
        } else {
          vErrors.push(err97);
        }
        errors++;
      }
    }
    if (data.participants !== undefined) {
      let data49 = data.participants;
      if (Array.isArray(data49)) {
        const len0 = data49.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data50 = data49[i0];
          if (data50 && typeof data50 == 'object' && !Array.isArray(data50)) {
            if (data50.user_id === undefined) {
              const err98 = {
                instancePath: instancePath + '/participants/' + i0,
                schemaPath: 'agent-info.json/required',
                keyword: 'required',
                params: { missingProperty: 'user_id' },
                message: "must have required property '" + 'user_id' + "'",
              };
              if (vErrors === null) {
                vErrors = [err98];
              } else {
                vErrors.push(err98);
              }
              errors++;
            }
            if (data50.user_no === undefined) {
              const err99 = {
                instancePath: instancePath + '/participants/' + i0,
                schemaPath: 'agent-info.json/required',
                keyword: 'required',
                params: { missingProperty: 'user_no' },
                message: "must have required property '" + 'user_no' + "'",
              };
              if (vErrors === null) {
                vErrors = [err99];
              } else {
                vErrors.push(err99);
              }
              errors++;
            }
            if (data50.user_type === undefined) {
              const err100 = {
                instancePath: instancePath + '/participants/' + i0,
                schemaPath: 'agent-info.json/required',
                keyword: 'required',
                params: { missingProperty: 'user_type' },
                message: "must have required property '" + 'user_type' + "'",
              };
              if (vErrors === null) {
                vErrors = [err100];
              } else {
                vErrors.push(err100);
              }
              errors++;
            }
            if (data50.avatar === undefined) {
              const err101 = {
                instancePath: instancePath + '/participants/' + i0,
                schemaPath: 'agent-info.json/required',
                keyword: 'required',
                params: { missingProperty: 'avatar' },
                message: "must have required property '" + 'avatar' + "'",
              };
              if (vErrors === null) {
                vErrors = [err101];
              } else {
                vErrors.push(err101);
              }
              errors++;
            }
            if (data50.username === undefined) {
              const err102 = {
                instancePath: instancePath + '/participants/' + i0,
                schemaPath: 'agent-info.json/required',
                keyword: 'required',
                params: { missingProperty: 'username' },
                message: "must have required property '" + 'username' + "'",
              };
              if (vErrors === null) {
                vErrors = [err102];
              } else {
                vErrors.push(err102);
              }
              errors++;
            }
            for (const key3 in data50) {
              if (!(
                key3 === 'user_id' ||
                key3 === 'user_no' ||
                key3 === 'user_type' ||
                key3 === 'avatar' ||
                key3 === 'username'
              )) {
                const err103 = {
                  instancePath: instancePath + '/participants/' + i0,
                  schemaPath: 'agent-info.json/additionalProperties',
                  keyword: 'additionalProperties',
                  params: { additionalProperty: key3 },
                  message: 'must NOT have additional properties',
                };
                if (vErrors === null) {
                  vErrors = [err103];
                } else {
                  vErrors.push(err103);
                }
                errors++;
              }
            }
            if (data50.user_id !== undefined) {
              let data51 = data50.user_id;
              if (!(
                typeof data51 == 'number' &&
                !(data51 % 1) &&
                !isNaN(data51) &&
                isFinite(data51)
              )) {
                const err104 = {
                  instancePath: instancePath + '/participants/' + i0 + '/user_id',
                  schemaPath: 'agent-info.json/properties/user_id/type',
                  keyword: 'type',
                  params: { type: 'integer' },
                  message: 'must be integer',
                };
                if (vErrors === null) {
                  vErrors = [err104];
                } else {
                  vErrors.push(err104);
                }
                errors++;
              }
              if (typeof data51 == 'number' && isFinite(data51)) {
                if (data51 < 0 || isNaN(data51)) {
                  const err105 = {
                    instancePath: instancePath + '/participants/' + i0 + '/user_id',
                    schemaPath: 'agent-info.json/properties/user_id/minimum',
                    keyword: 'minimum',
                    params: { comparison: '>=', limit: 0 },
                    message: 'must be >= 0',
                  };
                  if (vErrors === null) {
                    vErrors = [err105];
                  } else {
                    vErrors.push(err105);
                  }
                  errors++;
                }
              }
            }
            if (data50.user_no !== undefined) {
              if (typeof data50.user_no !== 'string') {
                const err106 = {
                  instancePath: instancePath + '/participants/' + i0 + '/user_no',
                  schemaPath: 'agent-info.json/properties/user_no/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                };
                if (vErrors === null) {
                  vErrors = [err106];
                } else {
                  vErrors.push(err106);
                }
                errors++;
              }
            }
            if (data50.user_type !== undefined) {
              if (1 !== data50.user_type) {
                const err107 = {
                  instancePath: instancePath + '/participants/' + i0 + '/user_type',
                  schemaPath: 'agent-info.json/properties/user_type/const',
                  keyword: 'const',
                  params: { allowedValue: 1 },
                  message: 'must be equal to constant',
                };
                if (vErrors === null) {
                  vErrors = [err107];
                } else {
                  vErrors.push(err107);
                }
                errors++;
              }
            }
            if (data50.avatar !== undefined) {
              if (typeof data50.avatar !== 'string') {
                const err108 = {
                  instancePath: instancePath + '/participants/' + i0 + '/avatar',
                  schemaPath: 'agent-info.json/properties/avatar/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                };
                if (vErrors === null) {
                  vErrors = [err108];
                } else {
                  vErrors.push(err108);
                }
                errors++;
              }
            }
            if (data50.username !== undefined) {
              if (typeof data50.username !== 'string') {
                const err109 = {
                  instancePath: instancePath + '/participants/' + i0 + '/username',
                  schemaPath: 'agent-info.json/properties/username/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                };
                if (vErrors === null) {
                  vErrors = [err109];
                } else {
                  vErrors.push(err109);
                }
                errors++;
              }
            }
          } else {
            const err110 = {
              instancePath: instancePath + '/participants/' + i0,
              schemaPath: 'agent-info.json/type',
              keyword: 'type',
              params: { type: 'object' },
              message: 'must be object',
            };
            if (vErrors === null) {
              vErrors = [err110];
            } else {
              vErrors.push(err110);
            }
            errors++;
          }
        }
      } else {
        const err111 = {
          instancePath: instancePath + '/participants',
          schemaPath: '#/properties/participants/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
        };
        if (vErrors === null) {
          vErrors = [err111];
        } else {
          vErrors.push(err111);
        }
        errors++;
      }
    }
  } else {
    const err112 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err112];
    } else {
      vErrors.push(err112);
    }
    errors++;
  }
  validate26.errors = vErrors;
  return errors === 0;
}
validate26.evaluated = { props: true, dynamicProps: false, dynamicItems: false };

export const SessionListItem = validate27;
const schema43 = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://pbx-mock-kit.local/schemas/session-list-item.json',
  title: 'SessionListItem',
  description:
    'One entry of message_session/list and message_session/search (a different shape from SessionInfo, DOC).',
  $comment:
    'Only id, type, is_close, is_archived, to, expire and did_number are in the guide (DOC); last_msg_id is SEEN; the rest of that table is OPEN and the mock sends nothing else.',
  type: 'object',
  properties: {
    id: { type: 'integer', minimum: 1, description: 'Unique session id.' },
    type: {
      type: 'string',
      description: "The session's channel type.",
      $comment:
        'OPEN: the guide does not list its values; the mock sends the channel type (sms, whatsapp, facebook, livechat).',
    },
    is_close: { enum: [0, 1], description: '1 when the session is closed.' },
    is_archived: { enum: [0, 1], description: '1 when the session is archived.' },
    to: { $ref: 'customer-info.json' },
    expire: {
      type: 'integer',
      minimum: -1,
      description:
        'Seconds left in the 24-hour reply window (whatsapp, facebook); -1 never expires; 0 expired (DOC).',
    },
    did_number: { type: 'string', description: 'The DID the session uses.' },
    last_msg_id: {
      type: 'integer',
      minimum: 0,
      description: 'Id of the newest message; the paging cursor for first_msg_id (SEEN).',
    },
  },
  required: ['id', 'type', 'is_close', 'is_archived', 'to', 'expire', 'did_number', 'last_msg_id'],
  additionalProperties: false,
};

function validate27(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="https://pbx-mock-kit.local/schemas/session-list-item.json" */ let vErrors = null;
  let errors = 0;
  const evaluated0 = validate27.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.id === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'id' },
        message: "must have required property '" + 'id' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.type === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'type' },
        message: "must have required property '" + 'type' + "'",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.is_close === undefined) {
      const err2 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'is_close' },
        message: "must have required property '" + 'is_close' + "'",
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.is_archived === undefined) {
      const err3 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'is_archived' },
        message: "must have required property '" + 'is_archived' + "'",
      };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.to === undefined) {
      const err4 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'to' },
        message: "must have required property '" + 'to' + "'",
      };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.expire === undefined) {
      const err5 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'expire' },
        message: "must have required property '" + 'expire' + "'",
      };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.did_number === undefined) {
      const err6 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'did_number' },
        message: "must have required property '" + 'did_number' + "'",
      };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    if (data.last_msg_id === undefined) {
      const err7 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'last_msg_id' },
        message: "must have required property '" + 'last_msg_id' + "'",
      };
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(
        key0 === 'id' ||
        key0 === 'type' ||
        key0 === 'is_close' ||
        key0 === 'is_archived' ||
        key0 === 'to' ||
        key0 === 'expire' ||
        key0 === 'did_number' ||
        key0 === 'last_msg_id'
      )) {
        const err8 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
        };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.id !== undefined) {
      let data0 = data.id;
      if (!(typeof data0 == 'number' && !(data0 % 1) && !isNaN(data0) && isFinite(data0))) {
        const err9 = {
          instancePath: instancePath + '/id',
          schemaPath: '#/properties/id/type',
          keyword: 'type',
          params: { type: 'integer' },
          message: 'must be integer',
        };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
      if (typeof data0 == 'number' && isFinite(data0)) {
        if (data0 < 1 || isNaN(data0)) {
          const err10 = {
            instancePath: instancePath + '/id',
            schemaPath: '#/properties/id/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 1 },
            message: 'must be >= 1',
          };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
      }
    }
    if (data.type !== undefined) {
      if (typeof data.type !== 'string') {
        const err11 = {
          instancePath: instancePath + '/type',
          schemaPath: '#/properties/type/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.is_close !== undefined) {
      let data2 = data.is_close;
      if (!(data2 === 0 || data2 === 1)) {
        const err12 = {
          instancePath: instancePath + '/is_close',
          schemaPath: '#/properties/is_close/enum',
          keyword: 'enum',
          params: { allowedValues: schema43.properties.is_close.enum },
          message: 'must be equal to one of the allowed values',
        };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.is_archived !== undefined) {
      let data3 = data.is_archived;
      if (!(data3 === 0 || data3 === 1)) {
        const err13 = {
          instancePath: instancePath + '/is_archived',
          schemaPath: '#/properties/is_archived/enum',
          keyword: 'enum',
          params: { allowedValues: schema43.properties.is_archived.enum },
          message: 'must be equal to one of the allowed values',
        };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.to !== undefined) {
      let data4 = data.to;
      if (data4 && typeof data4 == 'object' && !Array.isArray(data4)) {
        if (data4.user_id === undefined) {
          const err14 = {
            instancePath: instancePath + '/to',
            schemaPath: 'customer-info.json/required',
            keyword: 'required',
            params: { missingProperty: 'user_id' },
            message: "must have required property '" + 'user_id' + "'",
          };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
        if (data4.user_no === undefined) {
          const err15 = {
            instancePath: instancePath + '/to',
            schemaPath: 'customer-info.json/required',
            keyword: 'required',
            params: { missingProperty: 'user_no' },
            message: "must have required property '" + 'user_no' + "'",
          };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
        if (data4.user_type === undefined) {
          const err16 = {
            instancePath: instancePath + '/to',
            schemaPath: 'customer-info.json/required',
            keyword: 'required',
            params: { missingProperty: 'user_type' },
            message: "must have required property '" + 'user_type' + "'",
          };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
        if (data4.avatar === undefined) {
          const err17 = {
            instancePath: instancePath + '/to',
            schemaPath: 'customer-info.json/required',
            keyword: 'required',
            params: { missingProperty: 'avatar' },
            message: "must have required property '" + 'avatar' + "'",
          };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
        if (data4.username === undefined) {
          const err18 = {
            instancePath: instancePath + '/to',
            schemaPath: 'customer-info.json/required',
            keyword: 'required',
            params: { missingProperty: 'username' },
            message: "must have required property '" + 'username' + "'",
          };
          if (vErrors === null) {
            vErrors = [err18];
          } else {
            vErrors.push(err18);
          }
          errors++;
        }
        for (const key1 in data4) {
          if (!(
            key1 === 'user_id' ||
            key1 === 'user_no' ||
            key1 === 'user_type' ||
            key1 === 'avatar' ||
            key1 === 'username'
          )) {
            const err19 = {
              instancePath: instancePath + '/to',
              schemaPath: 'customer-info.json/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key1 },
              message: 'must NOT have additional properties',
            };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
        }
        if (data4.user_id !== undefined) {
          if (0 !== data4.user_id) {
            const err20 = {
              instancePath: instancePath + '/to/user_id',
              schemaPath: 'customer-info.json/properties/user_id/const',
              keyword: 'const',
              params: { allowedValue: 0 },
              message: 'must be equal to constant',
            };
            if (vErrors === null) {
              vErrors = [err20];
            } else {
              vErrors.push(err20);
            }
            errors++;
          }
        }
        if (data4.user_no !== undefined) {
          if (typeof data4.user_no !== 'string') {
            const err21 = {
              instancePath: instancePath + '/to/user_no',
              schemaPath: 'customer-info.json/properties/user_no/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
            };
            if (vErrors === null) {
              vErrors = [err21];
            } else {
              vErrors.push(err21);
            }
            errors++;
          }
        }
        if (data4.user_type !== undefined) {
          let data7 = data4.user_type;
          if (!(data7 === 2 || data7 === 3 || data7 === 4 || data7 === 5 || data7 === 8)) {
            const err22 = {
              instancePath: instancePath + '/to/user_type',
              schemaPath: 'customer-info.json/properties/user_type/enum',
              keyword: 'enum',
              params: { allowedValues: schema36.properties.user_type.enum },
              message: 'must be equal to one of the allowed values',
            };
            if (vErrors === null) {
              vErrors = [err22];
            } else {
              vErrors.push(err22);
            }
            errors++;
          }
        }
        if (data4.avatar !== undefined) {
          if (typeof data4.avatar !== 'string') {
            const err23 = {
              instancePath: instancePath + '/to/avatar',
              schemaPath: 'customer-info.json/properties/avatar/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
            };
            if (vErrors === null) {
              vErrors = [err23];
            } else {
              vErrors.push(err23);
            }
            errors++;
          }
        }
        if (data4.username !== undefined) {
          if (typeof data4.username !== 'string') {
            const err24 = {
              instancePath: instancePath + '/to/username',
              schemaPath: 'customer-info.json/properties/username/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
            };
            if (vErrors === null) {
              vErrors = [err24];
            } else {
              vErrors.push(err24);
            }
            errors++;
          }
        }
      } else {
        const err25 = {
          instancePath: instancePath + '/to',
          schemaPath: 'customer-info.json/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
        };
        if (vErrors === null) {
          vErrors = [err25];
        } else {
          vErrors.push(err25);
        }
        errors++;
      }
    }
    if (data.expire !== undefined) {
      let data10 = data.expire;
      if (!(typeof data10 == 'number' && !(data10 % 1) && !isNaN(data10) && isFinite(data10))) {
        const err26 = {
          instancePath: instancePath + '/expire',
          schemaPath: '#/properties/expire/type',
          keyword: 'type',
          params: { type: 'integer' },
          message: 'must be integer',
        };
        if (vErrors === null) {
          vErrors = [err26];
        } else {
          vErrors.push(err26);
        }
        errors++;
      }
      if (typeof data10 == 'number' && isFinite(data10)) {
        if (data10 < -1 || isNaN(data10)) {
          const err27 = {
            instancePath: instancePath + '/expire',
            schemaPath: '#/properties/expire/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: -1 },
            message: 'must be >= -1',
          };
          if (vErrors === null) {
            vErrors = [err27];
          } else {
            vErrors.push(err27);
          }
          errors++;
        }
      }
    }
    if (data.did_number !== undefined) {
      if (typeof data.did_number !== 'string') {
        const err28 = {
          instancePath: instancePath + '/did_number',
          schemaPath: '#/properties/did_number/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err28];
        } else {
          vErrors.push(err28);
        }
        errors++;
      }
    }
    if (data.last_msg_id !== undefined) {
      let data12 = data.last_msg_id;
      if (!(typeof data12 == 'number' && !(data12 % 1) && !isNaN(data12) && isFinite(data12))) {
        const err29 = {
          instancePath: instancePath + '/last_msg_id',
          schemaPath: '#/properties/last_msg_id/type',
          keyword: 'type',
          params: { type: 'integer' },
          message: 'must be integer',
        };
        if (vErrors === null) {
          vErrors = [err29];
        } else {
          vErrors.push(err29);
        }
        errors++;
      }
      if (typeof data12 == 'number' && isFinite(data12)) {
        if (data12 < 0 || isNaN(data12)) {
          const err30 = {
            instancePath: instancePath + '/last_msg_id',
            schemaPath: '#/properties/last_msg_id/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
            message: 'must be >= 0',
          };
          if (vErrors === null) {
            vErrors = [err30];
          } else {
            vErrors.push(err30);
          }
          errors++;
        }
      }
    }
  } else {
    const err31 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err31];
    } else {
      vErrors.push(err31);
    }
    errors++;
  }
  validate27.errors = vErrors;
  return errors === 0;
}
validate27.evaluated = { props: true, dynamicProps: false, dynamicItems: false };

export const MessageSessionGetParams = validate28;
const schema45 = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://pbx-mock-kit.local/schemas/message-session-get-params.json',
  title: 'MessageSessionGetParams',
  description: 'Query parameters of GET message_session/get (besides access_token).',
  $comment:
    'Query values arrive as strings. Unknown parameters are ignored (OPEN; the mock ignores them).',
  type: 'object',
  properties: {
    id: {
      type: 'string',
      pattern: '^[0-9]{1,15}$',
      description: "The session's unique id, an integer (DOC). Search sessions to find ids.",
    },
  },
  required: ['id'],
};
const pattern4 = new RegExp('^[0-9]{1,15}$', 'u');

function validate28(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="https://pbx-mock-kit.local/schemas/message-session-get-params.json" */ let vErrors =
    null;
  let errors = 0;
  const evaluated0 = validate28.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.id === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'id' },
        message: "must have required property '" + 'id' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.id !== undefined) {
      let data0 = data.id;
      if (typeof data0 === 'string') {
        if (!pattern4.test(data0)) {
          const err1 = {
            instancePath: instancePath + '/id',
            schemaPath: '#/properties/id/pattern',
            keyword: 'pattern',
            params: { pattern: '^[0-9]{1,15}$' },
            message: 'must match pattern "' + '^[0-9]{1,15}$' + '"',
          };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
      } else {
        const err2 = {
          instancePath: instancePath + '/id',
          schemaPath: '#/properties/id/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
  } else {
    const err3 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  validate28.errors = vErrors;
  return errors === 0;
}
validate28.evaluated = { props: { id: true }, dynamicProps: false, dynamicItems: false };

export const MessageSessionGetAnswer = validate29;
const schema46 = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://pbx-mock-kit.local/schemas/message-session-get-answer.json',
  title: 'MessageSessionGetAnswer',
  description: 'Success answer of message_session/get: one SessionInfo under the key list (DOC).',
  type: 'object',
  properties: {
    errcode: { const: 0 },
    errmsg: { const: 'SUCCESS' },
    list: { $ref: 'session-info.json' },
  },
  required: ['errcode', 'errmsg', 'list'],
  additionalProperties: false,
};

function validate29(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="https://pbx-mock-kit.local/schemas/message-session-get-answer.json" */ let vErrors =
    null;
  let errors = 0;
  const evaluated0 = validate29.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.errcode === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'errcode' },
        message: "must have required property '" + 'errcode' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.errmsg === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'errmsg' },
        message: "must have required property '" + 'errmsg' + "'",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.list === undefined) {
      const err2 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'list' },
        message: "must have required property '" + 'list' + "'",
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === 'errcode' || key0 === 'errmsg' || key0 === 'list')) {
        const err3 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.errcode !== undefined) {
      if (0 !== data.errcode) {
        const err4 = {
          instancePath: instancePath + '/errcode',
          schemaPath: '#/properties/errcode/const',
          keyword: 'const',
          params: { allowedValue: 0 },
          message: 'must be equal to constant',
        };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.errmsg !== undefined) {
      if ('SUCCESS' !== data.errmsg) {
        const err5 = {
          instancePath: instancePath + '/errmsg',
          schemaPath: '#/properties/errmsg/const',
          keyword: 'const',
          params: { allowedValue: 'SUCCESS' },
          message: 'must be equal to constant',
        };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.list !== undefined) {
      if (
        !validate26(data.list, {
          instancePath: instancePath + '/list',
          parentData: data,
          parentDataProperty: 'list',
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err6 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err6];
    } else {
      vErrors.push(err6);
    }
    errors++;
  }
  validate29.errors = vErrors;
  return errors === 0;
}
validate29.evaluated = { props: true, dynamicProps: false, dynamicItems: false };

export const MessageSessionQueryParams = validate31;
const schema47 = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://pbx-mock-kit.local/schemas/message-session-query-params.json',
  title: 'MessageSessionQueryParams',
  description: 'Query parameters of GET message_session/query (besides access_token).',
  $comment:
    "OPEN: the most ids one call may ask for; the mock accepts up to 100. Unknown ids are left out of the answer (OPEN; the mock's choice).",
  type: 'object',
  properties: {
    ids: {
      type: 'string',
      pattern: '^[0-9]{1,15}(,[0-9]{1,15}){0,99}$',
      description: 'Comma-separated session ids (DOC).',
    },
  },
  required: ['ids'],
};
const pattern5 = new RegExp('^[0-9]{1,15}(,[0-9]{1,15}){0,99}$', 'u');

function validate31(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="https://pbx-mock-kit.local/schemas/message-session-query-params.json" */ let vErrors =
    null;
  let errors = 0;
  const evaluated0 = validate31.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.ids === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'ids' },
        message: "must have required property '" + 'ids' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.ids !== undefined) {
      let data0 = data.ids;
      if (typeof data0 === 'string') {
        if (!pattern5.test(data0)) {
          const err1 = {
            instancePath: instancePath + '/ids',
            schemaPath: '#/properties/ids/pattern',
            keyword: 'pattern',
            params: { pattern: '^[0-9]{1,15}(,[0-9]{1,15}){0,99}$' },
            message: 'must match pattern "' + '^[0-9]{1,15}(,[0-9]{1,15}){0,99}$' + '"',
          };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
      } else {
        const err2 = {
          instancePath: instancePath + '/ids',
          schemaPath: '#/properties/ids/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
  } else {
    const err3 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  validate31.errors = vErrors;
  return errors === 0;
}
validate31.evaluated = { props: { ids: true }, dynamicProps: false, dynamicItems: false };

export const MessageSessionQueryAnswer = validate32;
const schema48 = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://pbx-mock-kit.local/schemas/message-session-query-answer.json',
  title: 'MessageSessionQueryAnswer',
  description: 'Success answer of message_session/query: an array of SessionInfo under list (DOC).',
  type: 'object',
  properties: {
    errcode: { const: 0 },
    errmsg: { const: 'SUCCESS' },
    list: { type: 'array', items: { $ref: 'session-info.json' } },
  },
  required: ['errcode', 'errmsg', 'list'],
  additionalProperties: false,
};

function validate32(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="https://pbx-mock-kit.local/schemas/message-session-query-answer.json" */ let vErrors =
    null;
  let errors = 0;
  const evaluated0 = validate32.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.errcode === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'errcode' },
        message: "must have required property '" + 'errcode' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.errmsg === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'errmsg' },
        message: "must have required property '" + 'errmsg' + "'",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.list === undefined) {
      const err2 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'list' },
        message: "must have required property '" + 'list' + "'",
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === 'errcode' || key0 === 'errmsg' || key0 === 'list')) {
        const err3 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.errcode !== undefined) {
      if (0 !== data.errcode) {
        const err4 = {
          instancePath: instancePath + '/errcode',
          schemaPath: '#/properties/errcode/const',
          keyword: 'const',
          params: { allowedValue: 0 },
          message: 'must be equal to constant',
        };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.errmsg !== undefined) {
      if ('SUCCESS' !== data.errmsg) {
        const err5 = {
          instancePath: instancePath + '/errmsg',
          schemaPath: '#/properties/errmsg/const',
          keyword: 'const',
          params: { allowedValue: 'SUCCESS' },
          message: 'must be equal to constant',
        };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.list !== undefined) {
      let data2 = data.list;
      if (Array.isArray(data2)) {
        const len0 = data2.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (
            !validate26(data2[i0], {
              instancePath: instancePath + '/list/' + i0,
              parentData: data2,
              parentDataProperty: i0,
              rootData,
              dynamicAnchors,
            })
          ) {
            vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err6 = {
          instancePath: instancePath + '/list',
          schemaPath: '#/properties/list/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
        };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
  } else {
    const err7 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err7];
    } else {
      vErrors.push(err7);
    }
    errors++;
  }
  validate32.errors = vErrors;
  return errors === 0;
}
validate32.evaluated = { props: true, dynamicProps: false, dynamicItems: false };

export const MessageSessionListParams = validate34;
const schema49 = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://pbx-mock-kit.local/schemas/message-session-list-params.json',
  title: 'MessageSessionListParams',
  description: 'Query parameters of GET message_session/list (besides access_token).',
  $comment: 'OPEN: the largest page_size; the mock accepts 1 to 1000.',
  type: 'object',
  properties: {
    page_size: {
      type: 'string',
      pattern: '^([1-9][0-9]{0,2}|1000)$',
      description: 'Sessions per page (required, DOC).',
    },
    user_type: {
      enum: ['1', '9'],
      description: "1 an extension's view; 9 the API / analytics platform's view (DOC).",
    },
    user_no: {
      type: 'string',
      maxLength: 64,
      description: 'Extension number when user_type is 1; api or empty when 9 (DOC).',
    },
    collection: {
      enum: ['all', 'campaign'],
      description: 'all or campaign; omitted = non-campaign sessions only (DOC).',
    },
    first_msg_id: {
      type: 'string',
      pattern: '^[0-9]{1,15}$',
      description: "Cursor: the previous page's last last_msg_id (DOC).",
    },
    is_archived: { enum: ['0', '1', '2'], description: '0 not archived, 1 archived, 2 all (DOC).' },
    is_closed: { enum: ['0', '1', '2'], description: '0 open, 1 closed, 2 all (DOC).' },
    is_pickup: { enum: ['0', '1', '2'], description: '0 all, 1 picked up, 2 not picked up (DOC).' },
  },
  required: ['page_size', 'user_type'],
  if: { type: 'object', properties: { user_type: { const: '1' } }, required: ['user_type'] },
  then: {
    type: 'object',
    properties: { user_no: { type: 'string', pattern: '^[0-9]{1,16}$' } },
    required: ['user_no'],
  },
};
const pattern6 = new RegExp('^[0-9]{1,16}$', 'u');
const pattern7 = new RegExp('^([1-9][0-9]{0,2}|1000)$', 'u');

function validate34(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="https://pbx-mock-kit.local/schemas/message-session-list-params.json" */ let vErrors =
    null;
  let errors = 0;
  const evaluated0 = validate34.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  const _errs2 = errors;
  let valid0 = true;
  const _errs3 = errors;
  if (errors === _errs3) {
    if (data && typeof data == 'object' && !Array.isArray(data)) {
      let missing0;
      if (data.user_type === undefined && (missing0 = 'user_type')) {
        const err0 = {};
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      } else {
        if (data.user_type !== undefined) {
          if ('1' !== data.user_type) {
            const err1 = {};
            if (vErrors === null) {
              vErrors = [err1];
            } else {
              vErrors.push(err1);
            }
            errors++;
          }
        }
      }
    } else {
      const err2 = {};
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
  }
  var _valid0 = _errs3 === errors;
  errors = _errs2;
  if (vErrors !== null) {
    if (_errs2) {
      vErrors.length = _errs2;
    } else {
      vErrors = null;
    }
  }
  if (_valid0) {
    const _errs6 = errors;
    if (data && typeof data == 'object' && !Array.isArray(data)) {
      if (data.user_no === undefined) {
        const err3 = {
          instancePath,
          schemaPath: '#/then/required',
          keyword: 'required',
          params: { missingProperty: 'user_no' },
          message: "must have required property '" + 'user_no' + "'",
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      if (data.user_no !== undefined) {
        let data1 = data.user_no;
        if (typeof data1 === 'string') {
          if (!pattern6.test(data1)) {
            const err4 = {
              instancePath: instancePath + '/user_no',
              schemaPath: '#/then/properties/user_no/pattern',
              keyword: 'pattern',
              params: { pattern: '^[0-9]{1,16}$' },
              message: 'must match pattern "' + '^[0-9]{1,16}$' + '"',
            };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
        } else {
          const err5 = {
            instancePath: instancePath + '/user_no',
            schemaPath: '#/then/properties/user_no/type',
            keyword: 'type',
            params: { type: 'string' },
            message: 'must be string',
          };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      }
    } else {
      const err6 = {
        instancePath,
        schemaPath: '#/then/type',
        keyword: 'type',
        params: { type: 'object' },
        message: 'must be object',
      };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    var _valid0 = _errs6 === errors;
    valid0 = _valid0;
    if (valid0) {
      var props0 = {};
      props0.user_no = true;
      props0.user_type = true;
    }
  }
  if (!valid0) {
    const err7 = {
      instancePath,
      schemaPath: '#/if',
      keyword: 'if',
      params: { failingKeyword: 'then' },
      message: 'must match "then" schema',
    };
    if (vErrors === null) {
      vErrors = [err7];
    } else {
      vErrors.push(err7);
    }
    errors++;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.page_size === undefined) {
      const err8 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'page_size' },
        message: "must have required property '" + 'page_size' + "'",
      };
      if (vErrors === null) {
        vErrors = [err8];
      } else {
        vErrors.push(err8);
      }
      errors++;
    }
    if (data.user_type === undefined) {
      const err9 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'user_type' },
        message: "must have required property '" + 'user_type' + "'",
      };
      if (vErrors === null) {
        vErrors = [err9];
      } else {
        vErrors.push(err9);
      }
      errors++;
    }
    if (props0 !== true) {
      props0 = props0 || {};
      props0.page_size = true;
      props0.user_type = true;
      props0.user_no = true;
      props0.collection = true;
      props0.first_msg_id = true;
      props0.is_archived = true;
      props0.is_closed = true;
      props0.is_pickup = true;
    }
    if (data.page_size !== undefined) {
      let data2 = data.page_size;
      if (typeof data2 === 'string') {
        if (!pattern7.test(data2)) {
          const err10 = {
            instancePath: instancePath + '/page_size',
            schemaPath: '#/properties/page_size/pattern',
            keyword: 'pattern',
            params: { pattern: '^([1-9][0-9]{0,2}|1000)$' },
            message: 'must match pattern "' + '^([1-9][0-9]{0,2}|1000)$' + '"',
          };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
      } else {
        const err11 = {
          instancePath: instancePath + '/page_size',
          schemaPath: '#/properties/page_size/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.user_type !== undefined) {
      let data3 = data.user_type;
      if (!(data3 === '1' || data3 === '9')) {
        const err12 = {
          instancePath: instancePath + '/user_type',
          schemaPath: '#/properties/user_type/enum',
          keyword: 'enum',
          params: { allowedValues: schema49.properties.user_type.enum },
          message: 'must be equal to one of the allowed values',
        };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.user_no !== undefined) {
      let data4 = data.user_no;
      if (typeof data4 === 'string') {
        if (func1(data4) > 64) {
          const err13 = {
            instancePath: instancePath + '/user_no',
            schemaPath: '#/properties/user_no/maxLength',
            keyword: 'maxLength',
            params: { limit: 64 },
            message: 'must NOT have more than 64 characters',
          };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
      } else {
        const err14 = {
          instancePath: instancePath + '/user_no',
          schemaPath: '#/properties/user_no/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.collection !== undefined) {
      let data5 = data.collection;
      if (!(data5 === 'all' || data5 === 'campaign')) {
        const err15 = {
          instancePath: instancePath + '/collection',
          schemaPath: '#/properties/collection/enum',
          keyword: 'enum',
          params: { allowedValues: schema49.properties.collection.enum },
          message: 'must be equal to one of the allowed values',
        };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.first_msg_id !== undefined) {
      let data6 = data.first_msg_id;
      if (typeof data6 === 'string') {
        if (!pattern4.test(data6)) {
          const err16 = {
            instancePath: instancePath + '/first_msg_id',
            schemaPath: '#/properties/first_msg_id/pattern',
            keyword: 'pattern',
            params: { pattern: '^[0-9]{1,15}$' },
            message: 'must match pattern "' + '^[0-9]{1,15}$' + '"',
          };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
      } else {
        const err17 = {
          instancePath: instancePath + '/first_msg_id',
          schemaPath: '#/properties/first_msg_id/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    if (data.is_archived !== undefined) {
      let data7 = data.is_archived;
      if (!(data7 === '0' || data7 === '1' || data7 === '2')) {
        const err18 = {
          instancePath: instancePath + '/is_archived',
          schemaPath: '#/properties/is_archived/enum',
          keyword: 'enum',
          params: { allowedValues: schema49.properties.is_archived.enum },
          message: 'must be equal to one of the allowed values',
        };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    if (data.is_closed !== undefined) {
      let data8 = data.is_closed;
      if (!(data8 === '0' || data8 === '1' || data8 === '2')) {
        const err19 = {
          instancePath: instancePath + '/is_closed',
          schemaPath: '#/properties/is_closed/enum',
          keyword: 'enum',
          params: { allowedValues: schema49.properties.is_closed.enum },
          message: 'must be equal to one of the allowed values',
        };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
    if (data.is_pickup !== undefined) {
      let data9 = data.is_pickup;
      if (!(data9 === '0' || data9 === '1' || data9 === '2')) {
        const err20 = {
          instancePath: instancePath + '/is_pickup',
          schemaPath: '#/properties/is_pickup/enum',
          keyword: 'enum',
          params: { allowedValues: schema49.properties.is_pickup.enum },
          message: 'must be equal to one of the allowed values',
        };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
  } else {
    const err21 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err21];
    } else {
      vErrors.push(err21);
    }
    errors++;
  }
  validate34.errors = vErrors;
  evaluated0.props = props0;
  return errors === 0;
}
validate34.evaluated = { dynamicProps: true, dynamicItems: false };

export const MessageSessionSearchParams = validate35;
const schema50 = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://pbx-mock-kit.local/schemas/message-session-search-params.json',
  title: 'MessageSessionSearchParams',
  description:
    'Query parameters of GET message_session/search: those of message_session/list plus search_value.',
  $comment:
    "OPEN: which fields search_value matches; the mock matches it, case-insensitively, against to_number, the customer's user_no and username, and the session id.",
  type: 'object',
  allOf: [{ $ref: 'message-session-list-params.json' }],
  properties: {
    search_value: {
      type: 'string',
      minLength: 1,
      maxLength: 128,
      description: 'What to look for (DOC).',
    },
  },
  required: ['search_value'],
};

function validate35(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="https://pbx-mock-kit.local/schemas/message-session-search-params.json" */ let vErrors =
    null;
  let errors = 0;
  const evaluated0 = validate35.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  const _errs6 = errors;
  let valid2 = true;
  const _errs7 = errors;
  if (errors === _errs7) {
    if (data && typeof data == 'object' && !Array.isArray(data)) {
      let missing0;
      if (data.user_type === undefined && (missing0 = 'user_type')) {
        const err0 = {};
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      } else {
        if (data.user_type !== undefined) {
          if ('1' !== data.user_type) {
            const err1 = {};
            if (vErrors === null) {
              vErrors = [err1];
            } else {
              vErrors.push(err1);
            }
            errors++;
          }
        }
      }
    } else {
      const err2 = {};
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
  }
  var _valid0 = _errs7 === errors;
  errors = _errs6;
  if (vErrors !== null) {
    if (_errs6) {
      vErrors.length = _errs6;
    } else {
      vErrors = null;
    }
  }
  if (_valid0) {
    const _errs10 = errors;
    if (data && typeof data == 'object' && !Array.isArray(data)) {
      if (data.user_no === undefined) {
        const err3 = {
          instancePath,
          schemaPath: 'message-session-list-params.json/then/required',
          keyword: 'required',
          params: { missingProperty: 'user_no' },
          message: "must have required property '" + 'user_no' + "'",
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      if (data.user_no !== undefined) {
        let data1 = data.user_no;
        if (typeof data1 === 'string') {
          if (!pattern6.test(data1)) {
            const err4 = {
              instancePath: instancePath + '/user_no',
              schemaPath: 'message-session-list-params.json/then/properties/user_no/pattern',
              keyword: 'pattern',
              params: { pattern: '^[0-9]{1,16}$' },
              message: 'must match pattern "' + '^[0-9]{1,16}$' + '"',
            };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
        } else {
          const err5 = {
            instancePath: instancePath + '/user_no',
            schemaPath: 'message-session-list-params.json/then/properties/user_no/type',
            keyword: 'type',
            params: { type: 'string' },
            message: 'must be string',
          };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      }
    } else {
      const err6 = {
        instancePath,
        schemaPath: 'message-session-list-params.json/then/type',
        keyword: 'type',
        params: { type: 'object' },
        message: 'must be object',
      };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    var _valid0 = _errs10 === errors;
    valid2 = _valid0;
    if (valid2) {
      var props0 = {};
      props0.user_no = true;
      props0.user_type = true;
    }
  }
  if (!valid2) {
    const err7 = {
      instancePath,
      schemaPath: 'message-session-list-params.json/if',
      keyword: 'if',
      params: { failingKeyword: 'then' },
      message: 'must match "then" schema',
    };
    if (vErrors === null) {
      vErrors = [err7];
    } else {
      vErrors.push(err7);
    }
    errors++;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.page_size === undefined) {
      const err8 = {
        instancePath,
        schemaPath: 'message-session-list-params.json/required',
        keyword: 'required',
        params: { missingProperty: 'page_size' },
        message: "must have required property '" + 'page_size' + "'",
      };
      if (vErrors === null) {
        vErrors = [err8];
      } else {
        vErrors.push(err8);
      }
      errors++;
    }
    if (data.user_type === undefined) {
      const err9 = {
        instancePath,
        schemaPath: 'message-session-list-params.json/required',
        keyword: 'required',
        params: { missingProperty: 'user_type' },
        message: "must have required property '" + 'user_type' + "'",
      };
      if (vErrors === null) {
        vErrors = [err9];
      } else {
        vErrors.push(err9);
      }
      errors++;
    }
    if (props0 !== true) {
      props0 = props0 || {};
      props0.page_size = true;
      props0.user_type = true;
      props0.user_no = true;
      props0.collection = true;
      props0.first_msg_id = true;
      props0.is_archived = true;
      props0.is_closed = true;
      props0.is_pickup = true;
    }
    if (data.page_size !== undefined) {
      let data2 = data.page_size;
      if (typeof data2 === 'string') {
        if (!pattern7.test(data2)) {
          const err10 = {
            instancePath: instancePath + '/page_size',
            schemaPath: 'message-session-list-params.json/properties/page_size/pattern',
            keyword: 'pattern',
            params: { pattern: '^([1-9][0-9]{0,2}|1000)$' },
            message: 'must match pattern "' + '^([1-9][0-9]{0,2}|1000)$' + '"',
          };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
      } else {
        const err11 = {
          instancePath: instancePath + '/page_size',
          schemaPath: 'message-session-list-params.json/properties/page_size/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.user_type !== undefined) {
      let data3 = data.user_type;
      if (!(data3 === '1' || data3 === '9')) {
        const err12 = {
          instancePath: instancePath + '/user_type',
          schemaPath: 'message-session-list-params.json/properties/user_type/enum',
          keyword: 'enum',
          params: { allowedValues: schema49.properties.user_type.enum },
          message: 'must be equal to one of the allowed values',
        };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.user_no !== undefined) {
      let data4 = data.user_no;
      if (typeof data4 === 'string') {
        if (func1(data4) > 64) {
          const err13 = {
            instancePath: instancePath + '/user_no',
            schemaPath: 'message-session-list-params.json/properties/user_no/maxLength',
            keyword: 'maxLength',
            params: { limit: 64 },
            message: 'must NOT have more than 64 characters',
          };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
      } else {
        const err14 = {
          instancePath: instancePath + '/user_no',
          schemaPath: 'message-session-list-params.json/properties/user_no/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.collection !== undefined) {
      let data5 = data.collection;
      if (!(data5 === 'all' || data5 === 'campaign')) {
        const err15 = {
          instancePath: instancePath + '/collection',
          schemaPath: 'message-session-list-params.json/properties/collection/enum',
          keyword: 'enum',
          params: { allowedValues: schema49.properties.collection.enum },
          message: 'must be equal to one of the allowed values',
        };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.first_msg_id !== undefined) {
      let data6 = data.first_msg_id;
      if (typeof data6 === 'string') {
        if (!pattern4.test(data6)) {
          const err16 = {
            instancePath: instancePath + '/first_msg_id',
            schemaPath: 'message-session-list-params.json/properties/first_msg_id/pattern',
            keyword: 'pattern',
            params: { pattern: '^[0-9]{1,15}$' },
            message: 'must match pattern "' + '^[0-9]{1,15}$' + '"',
          };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
      } else {
        const err17 = {
          instancePath: instancePath + '/first_msg_id',
          schemaPath: 'message-session-list-params.json/properties/first_msg_id/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    if (data.is_archived !== undefined) {
      let data7 = data.is_archived;
      if (!(data7 === '0' || data7 === '1' || data7 === '2')) {
        const err18 = {
          instancePath: instancePath + '/is_archived',
          schemaPath: 'message-session-list-params.json/properties/is_archived/enum',
          keyword: 'enum',
          params: { allowedValues: schema49.properties.is_archived.enum },
          message: 'must be equal to one of the allowed values',
        };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    if (data.is_closed !== undefined) {
      let data8 = data.is_closed;
      if (!(data8 === '0' || data8 === '1' || data8 === '2')) {
        const err19 = {
          instancePath: instancePath + '/is_closed',
          schemaPath: 'message-session-list-params.json/properties/is_closed/enum',
          keyword: 'enum',
          params: { allowedValues: schema49.properties.is_closed.enum },
          message: 'must be equal to one of the allowed values',
        };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
    if (data.is_pickup !== undefined) {
      let data9 = data.is_pickup;
      if (!(data9 === '0' || data9 === '1' || data9 === '2')) {
        const err20 = {
          instancePath: instancePath + '/is_pickup',
          schemaPath: 'message-session-list-params.json/properties/is_pickup/enum',
          keyword: 'enum',
          params: { allowedValues: schema49.properties.is_pickup.enum },
          message: 'must be equal to one of the allowed values',
        };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
  } else {
    const err21 = {
      instancePath,
      schemaPath: 'message-session-list-params.json/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err21];
    } else {
      vErrors.push(err21);
    }
    errors++;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.search_value === undefined) {
      const err22 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'search_value' },
        message: "must have required property '" + 'search_value' + "'",
      };
      if (vErrors === null) {
        vErrors = [err22];
      } else {
        vErrors.push(err22);
      }
      errors++;
    }
    if (props0 !== true) {
      props0 = props0 || {};
      props0.search_value = true;
    }
    if (data.search_value !== undefined) {
      let data10 = data.search_value;
      if (typeof data10 === 'string') {
        if (func1(data10) > 128) {
          const err23 = {
            instancePath: instancePath + '/search_value',
            schemaPath: '#/properties/search_value/maxLength',
            keyword: 'maxLength',
            params: { limit: 128 },
            message: 'must NOT have more than 128 characters',
          };
          if (vErrors === null) {
            vErrors = [err23];
          } else {
            vErrors.push(err23);
          }
          errors++;
        }
        if (func1(data10) < 1) {
          const err24 = {
            instancePath: instancePath + '/search_value',
            schemaPath: '#/properties/search_value/minLength',
            keyword: 'minLength',
            params: { limit: 1 },
            message: 'must NOT have fewer than 1 characters',
          };
          if (vErrors === null) {
            vErrors = [err24];
          } else {
            vErrors.push(err24);
          }
          errors++;
        }
      } else {
        const err25 = {
          instancePath: instancePath + '/search_value',
          schemaPath: '#/properties/search_value/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err25];
        } else {
          vErrors.push(err25);
        }
        errors++;
      }
    }
  } else {
    const err26 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err26];
    } else {
      vErrors.push(err26);
    }
    errors++;
  }
  validate35.errors = vErrors;
  evaluated0.props = props0;
  return errors === 0;
}
validate35.evaluated = { dynamicProps: true, dynamicItems: false };

export const MessageSessionListAnswer = validate36;
const schema52 = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://pbx-mock-kit.local/schemas/message-session-list-answer.json',
  title: 'MessageSessionListAnswer',
  description:
    'Success answer of message_session/list and message_session/search: an array of SessionListItem under list (DOC).',
  $comment: 'OPEN: whether a total count comes with the page; the mock sends none.',
  type: 'object',
  properties: {
    errcode: { const: 0 },
    errmsg: { const: 'SUCCESS' },
    list: { type: 'array', items: { $ref: 'session-list-item.json' } },
  },
  required: ['errcode', 'errmsg', 'list'],
  additionalProperties: false,
};

function validate36(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="https://pbx-mock-kit.local/schemas/message-session-list-answer.json" */ let vErrors =
    null;
  let errors = 0;
  const evaluated0 = validate36.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.errcode === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'errcode' },
        message: "must have required property '" + 'errcode' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.errmsg === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'errmsg' },
        message: "must have required property '" + 'errmsg' + "'",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.list === undefined) {
      const err2 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'list' },
        message: "must have required property '" + 'list' + "'",
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === 'errcode' || key0 === 'errmsg' || key0 === 'list')) {
        const err3 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.errcode !== undefined) {
      if (0 !== data.errcode) {
        const err4 = {
          instancePath: instancePath + '/errcode',
          schemaPath: '#/properties/errcode/const',
          keyword: 'const',
          params: { allowedValue: 0 },
          message: 'must be equal to constant',
        };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.errmsg !== undefined) {
      if ('SUCCESS' !== data.errmsg) {
        const err5 = {
          instancePath: instancePath + '/errmsg',
          schemaPath: '#/properties/errmsg/const',
          keyword: 'const',
          params: { allowedValue: 'SUCCESS' },
          message: 'must be equal to constant',
        };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.list !== undefined) {
      let data2 = data.list;
      if (Array.isArray(data2)) {
        const len0 = data2.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (
            !validate27(data2[i0], {
              instancePath: instancePath + '/list/' + i0,
              parentData: data2,
              parentDataProperty: i0,
              rootData,
              dynamicAnchors,
            })
          ) {
            vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err6 = {
          instancePath: instancePath + '/list',
          schemaPath: '#/properties/list/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
        };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
  } else {
    const err7 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err7];
    } else {
      vErrors.push(err7);
    }
    errors++;
  }
  validate36.errors = vErrors;
  return errors === 0;
}
validate36.evaluated = { props: true, dynamicProps: false, dynamicItems: false };

export const GetTokenRequest = validate38;
const schema53 = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://pbx-mock-kit.local/schemas/get-token-request.json',
  title: 'GetTokenRequest',
  description: "JSON body of POST get_token: the API client's id and secret, in clear (DOC).",
  type: 'object',
  properties: {
    username: { type: 'string', minLength: 1, description: 'The API client id.' },
    password: { type: 'string', minLength: 1, description: 'The API client secret.' },
  },
  required: ['username', 'password'],
};

function validate38(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="https://pbx-mock-kit.local/schemas/get-token-request.json" */ let vErrors = null;
  let errors = 0;
  const evaluated0 = validate38.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.username === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'username' },
        message: "must have required property '" + 'username' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.password === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'password' },
        message: "must have required property '" + 'password' + "'",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.username !== undefined) {
      let data0 = data.username;
      if (typeof data0 === 'string') {
        if (func1(data0) < 1) {
          const err2 = {
            instancePath: instancePath + '/username',
            schemaPath: '#/properties/username/minLength',
            keyword: 'minLength',
            params: { limit: 1 },
            message: 'must NOT have fewer than 1 characters',
          };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      } else {
        const err3 = {
          instancePath: instancePath + '/username',
          schemaPath: '#/properties/username/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.password !== undefined) {
      let data1 = data.password;
      if (typeof data1 === 'string') {
        if (func1(data1) < 1) {
          const err4 = {
            instancePath: instancePath + '/password',
            schemaPath: '#/properties/password/minLength',
            keyword: 'minLength',
            params: { limit: 1 },
            message: 'must NOT have fewer than 1 characters',
          };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      } else {
        const err5 = {
          instancePath: instancePath + '/password',
          schemaPath: '#/properties/password/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
  } else {
    const err6 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err6];
    } else {
      vErrors.push(err6);
    }
    errors++;
  }
  validate38.errors = vErrors;
  return errors === 0;
}
validate38.evaluated = {
  props: { username: true, password: true },
  dynamicProps: false,
  dynamicItems: false,
};

export const GetTokenAnswer = validate39;
const schema54 = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://pbx-mock-kit.local/schemas/get-token-answer.json',
  title: 'GetTokenAnswer',
  description:
    'Success answer of get_token (and of refresh_token): a new access and refresh token with their lifetimes in seconds (DOC).',
  type: 'object',
  properties: {
    errcode: { const: 0 },
    errmsg: { const: 'SUCCESS' },
    access_token_expire_time: {
      const: 1800,
      description: 'Access-token lifetime: 30 minutes (DOC).',
    },
    access_token: { type: 'string', pattern: '^[A-Za-z0-9]{32}$' },
    refresh_token_expire_time: {
      const: 86400,
      description: 'Refresh-token lifetime: 24 hours (DOC).',
    },
    refresh_token: { type: 'string', pattern: '^[A-Za-z0-9]{32}$' },
  },
  required: [
    'errcode',
    'errmsg',
    'access_token_expire_time',
    'access_token',
    'refresh_token_expire_time',
    'refresh_token',
  ],
  additionalProperties: false,
};
const pattern12 = new RegExp('^[A-Za-z0-9]{32}$', 'u');

function validate39(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="https://pbx-mock-kit.local/schemas/get-token-answer.json" */ let vErrors = null;
  let errors = 0;
  const evaluated0 = validate39.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.errcode === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'errcode' },
        message: "must have required property '" + 'errcode' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.errmsg === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'errmsg' },
        message: "must have required property '" + 'errmsg' + "'",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.access_token_expire_time === undefined) {
      const err2 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'access_token_expire_time' },
        message: "must have required property '" + 'access_token_expire_time' + "'",
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.access_token === undefined) {
      const err3 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'access_token' },
        message: "must have required property '" + 'access_token' + "'",
      };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.refresh_token_expire_time === undefined) {
      const err4 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'refresh_token_expire_time' },
        message: "must have required property '" + 'refresh_token_expire_time' + "'",
      };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.refresh_token === undefined) {
      const err5 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'refresh_token' },
        message: "must have required property '" + 'refresh_token' + "'",
      };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(
        key0 === 'errcode' ||
        key0 === 'errmsg' ||
        key0 === 'access_token_expire_time' ||
        key0 === 'access_token' ||
        key0 === 'refresh_token_expire_time' ||
        key0 === 'refresh_token'
      )) {
        const err6 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
        };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.errcode !== undefined) {
      if (0 !== data.errcode) {
        const err7 = {
          instancePath: instancePath + '/errcode',
          schemaPath: '#/properties/errcode/const',
          keyword: 'const',
          params: { allowedValue: 0 },
          message: 'must be equal to constant',
        };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.errmsg !== undefined) {
      if ('SUCCESS' !== data.errmsg) {
        const err8 = {
          instancePath: instancePath + '/errmsg',
          schemaPath: '#/properties/errmsg/const',
          keyword: 'const',
          params: { allowedValue: 'SUCCESS' },
          message: 'must be equal to constant',
        };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.access_token_expire_time !== undefined) {
      if (1800 !== data.access_token_expire_time) {
        const err9 = {
          instancePath: instancePath + '/access_token_expire_time',
          schemaPath: '#/properties/access_token_expire_time/const',
          keyword: 'const',
          params: { allowedValue: 1800 },
          message: 'must be equal to constant',
        };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.access_token !== undefined) {
      let data3 = data.access_token;
      if (typeof data3 === 'string') {
        if (!pattern12.test(data3)) {
          const err10 = {
            instancePath: instancePath + '/access_token',
            schemaPath: '#/properties/access_token/pattern',
            keyword: 'pattern',
            params: { pattern: '^[A-Za-z0-9]{32}$' },
            message: 'must match pattern "' + '^[A-Za-z0-9]{32}$' + '"',
          };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
      } else {
        const err11 = {
          instancePath: instancePath + '/access_token',
          schemaPath: '#/properties/access_token/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.refresh_token_expire_time !== undefined) {
      if (86400 !== data.refresh_token_expire_time) {
        const err12 = {
          instancePath: instancePath + '/refresh_token_expire_time',
          schemaPath: '#/properties/refresh_token_expire_time/const',
          keyword: 'const',
          params: { allowedValue: 86400 },
          message: 'must be equal to constant',
        };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.refresh_token !== undefined) {
      let data5 = data.refresh_token;
      if (typeof data5 === 'string') {
        if (!pattern12.test(data5)) {
          const err13 = {
            instancePath: instancePath + '/refresh_token',
            schemaPath: '#/properties/refresh_token/pattern',
            keyword: 'pattern',
            params: { pattern: '^[A-Za-z0-9]{32}$' },
            message: 'must match pattern "' + '^[A-Za-z0-9]{32}$' + '"',
          };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
      } else {
        const err14 = {
          instancePath: instancePath + '/refresh_token',
          schemaPath: '#/properties/refresh_token/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
  } else {
    const err15 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err15];
    } else {
      vErrors.push(err15);
    }
    errors++;
  }
  validate39.errors = vErrors;
  return errors === 0;
}
validate39.evaluated = { props: true, dynamicProps: false, dynamicItems: false };

export const RefreshTokenRequest = validate40;
const schema55 = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://pbx-mock-kit.local/schemas/refresh-token-request.json',
  title: 'RefreshTokenRequest',
  description: 'JSON body of POST refresh_token (DOC).',
  type: 'object',
  properties: { refresh_token: { type: 'string', minLength: 1 } },
  required: ['refresh_token'],
};

function validate40(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="https://pbx-mock-kit.local/schemas/refresh-token-request.json" */ let vErrors =
    null;
  let errors = 0;
  const evaluated0 = validate40.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.refresh_token === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'refresh_token' },
        message: "must have required property '" + 'refresh_token' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.refresh_token !== undefined) {
      let data0 = data.refresh_token;
      if (typeof data0 === 'string') {
        if (func1(data0) < 1) {
          const err1 = {
            instancePath: instancePath + '/refresh_token',
            schemaPath: '#/properties/refresh_token/minLength',
            keyword: 'minLength',
            params: { limit: 1 },
            message: 'must NOT have fewer than 1 characters',
          };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
      } else {
        const err2 = {
          instancePath: instancePath + '/refresh_token',
          schemaPath: '#/properties/refresh_token/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
  } else {
    const err3 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  validate40.errors = vErrors;
  return errors === 0;
}
validate40.evaluated = { props: { refresh_token: true }, dynamicProps: false, dynamicItems: false };

export const RefreshTokenAnswer = validate41;
const schema56 = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://pbx-mock-kit.local/schemas/refresh-token-answer.json',
  title: 'RefreshTokenAnswer',
  description:
    "Success answer of refresh_token: the same shape as get_token's, with a new access token AND a new refresh token (DOC).",
  $ref: 'get-token-answer.json',
};

function validate41(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="https://pbx-mock-kit.local/schemas/refresh-token-answer.json" */ let vErrors =
    null;
  let errors = 0;
  const evaluated0 = validate41.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.errcode === undefined) {
      const err0 = {
        instancePath,
        schemaPath: 'get-token-answer.json/required',
        keyword: 'required',
        params: { missingProperty: 'errcode' },
        message: "must have required property '" + 'errcode' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.errmsg === undefined) {
      const err1 = {
        instancePath,
        schemaPath: 'get-token-answer.json/required',
        keyword: 'required',
        params: { missingProperty: 'errmsg' },
        message: "must have required property '" + 'errmsg' + "'",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.access_token_expire_time === undefined) {
      const err2 = {
        instancePath,
        schemaPath: 'get-token-answer.json/required',
        keyword: 'required',
        params: { missingProperty: 'access_token_expire_time' },
        message: "must have required property '" + 'access_token_expire_time' + "'",
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.access_token === undefined) {
      const err3 = {
        instancePath,
        schemaPath: 'get-token-answer.json/required',
        keyword: 'required',
        params: { missingProperty: 'access_token' },
        message: "must have required property '" + 'access_token' + "'",
      };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.refresh_token_expire_time === undefined) {
      const err4 = {
        instancePath,
        schemaPath: 'get-token-answer.json/required',
        keyword: 'required',
        params: { missingProperty: 'refresh_token_expire_time' },
        message: "must have required property '" + 'refresh_token_expire_time' + "'",
      };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.refresh_token === undefined) {
      const err5 = {
        instancePath,
        schemaPath: 'get-token-answer.json/required',
        keyword: 'required',
        params: { missingProperty: 'refresh_token' },
        message: "must have required property '" + 'refresh_token' + "'",
      };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(
        key0 === 'errcode' ||
        key0 === 'errmsg' ||
        key0 === 'access_token_expire_time' ||
        key0 === 'access_token' ||
        key0 === 'refresh_token_expire_time' ||
        key0 === 'refresh_token'
      )) {
        const err6 = {
          instancePath,
          schemaPath: 'get-token-answer.json/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
        };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.errcode !== undefined) {
      if (0 !== data.errcode) {
        const err7 = {
          instancePath: instancePath + '/errcode',
          schemaPath: 'get-token-answer.json/properties/errcode/const',
          keyword: 'const',
          params: { allowedValue: 0 },
          message: 'must be equal to constant',
        };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.errmsg !== undefined) {
      if ('SUCCESS' !== data.errmsg) {
        const err8 = {
          instancePath: instancePath + '/errmsg',
          schemaPath: 'get-token-answer.json/properties/errmsg/const',
          keyword: 'const',
          params: { allowedValue: 'SUCCESS' },
          message: 'must be equal to constant',
        };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.access_token_expire_time !== undefined) {
      if (1800 !== data.access_token_expire_time) {
        const err9 = {
          instancePath: instancePath + '/access_token_expire_time',
          schemaPath: 'get-token-answer.json/properties/access_token_expire_time/const',
          keyword: 'const',
          params: { allowedValue: 1800 },
          message: 'must be equal to constant',
        };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.access_token !== undefined) {
      let data3 = data.access_token;
      if (typeof data3 === 'string') {
        if (!pattern12.test(data3)) {
          const err10 = {
            instancePath: instancePath + '/access_token',
            schemaPath: 'get-token-answer.json/properties/access_token/pattern',
            keyword: 'pattern',
            params: { pattern: '^[A-Za-z0-9]{32}$' },
            message: 'must match pattern "' + '^[A-Za-z0-9]{32}$' + '"',
          };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
      } else {
        const err11 = {
          instancePath: instancePath + '/access_token',
          schemaPath: 'get-token-answer.json/properties/access_token/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.refresh_token_expire_time !== undefined) {
      if (86400 !== data.refresh_token_expire_time) {
        const err12 = {
          instancePath: instancePath + '/refresh_token_expire_time',
          schemaPath: 'get-token-answer.json/properties/refresh_token_expire_time/const',
          keyword: 'const',
          params: { allowedValue: 86400 },
          message: 'must be equal to constant',
        };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.refresh_token !== undefined) {
      let data5 = data.refresh_token;
      if (typeof data5 === 'string') {
        if (!pattern12.test(data5)) {
          const err13 = {
            instancePath: instancePath + '/refresh_token',
            schemaPath: 'get-token-answer.json/properties/refresh_token/pattern',
            keyword: 'pattern',
            params: { pattern: '^[A-Za-z0-9]{32}$' },
            message: 'must match pattern "' + '^[A-Za-z0-9]{32}$' + '"',
          };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
      } else {
        const err14 = {
          instancePath: instancePath + '/refresh_token',
          schemaPath: 'get-token-answer.json/properties/refresh_token/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
  } else {
    const err15 = {
      instancePath,
      schemaPath: 'get-token-answer.json/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err15];
    } else {
      vErrors.push(err15);
    }
    errors++;
  }
  validate41.errors = vErrors;
  return errors === 0;
}
validate41.evaluated = { props: true, dynamicProps: false, dynamicItems: false };

export const DelTokenParams = validate42;
const schema58 = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://pbx-mock-kit.local/schemas/del-token-params.json',
  title: 'DelTokenParams',
  description: 'Query parameters of GET del_token: the access token to revoke (DOC).',
  type: 'object',
  properties: { access_token: { type: 'string', minLength: 1 } },
  required: ['access_token'],
};

function validate42(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="https://pbx-mock-kit.local/schemas/del-token-params.json" */ let vErrors = null;
  let errors = 0;
  const evaluated0 = validate42.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.access_token === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'access_token' },
        message: "must have required property '" + 'access_token' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.access_token !== undefined) {
      let data0 = data.access_token;
      if (typeof data0 === 'string') {
        if (func1(data0) < 1) {
          const err1 = {
            instancePath: instancePath + '/access_token',
            schemaPath: '#/properties/access_token/minLength',
            keyword: 'minLength',
            params: { limit: 1 },
            message: 'must NOT have fewer than 1 characters',
          };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
      } else {
        const err2 = {
          instancePath: instancePath + '/access_token',
          schemaPath: '#/properties/access_token/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
  } else {
    const err3 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  validate42.errors = vErrors;
  return errors === 0;
}
validate42.evaluated = { props: { access_token: true }, dynamicProps: false, dynamicItems: false };

export const DelTokenAnswer = validate43;
const schema59 = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://pbx-mock-kit.local/schemas/del-token-answer.json',
  title: 'DelTokenAnswer',
  description: 'Success answer of del_token (DOC).',
  type: 'object',
  properties: { errcode: { const: 0 }, errmsg: { const: 'SUCCESS' } },
  required: ['errcode', 'errmsg'],
  additionalProperties: false,
};

function validate43(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="https://pbx-mock-kit.local/schemas/del-token-answer.json" */ let vErrors = null;
  let errors = 0;
  const evaluated0 = validate43.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.errcode === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'errcode' },
        message: "must have required property '" + 'errcode' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.errmsg === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'errmsg' },
        message: "must have required property '" + 'errmsg' + "'",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === 'errcode' || key0 === 'errmsg')) {
        const err2 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.errcode !== undefined) {
      if (0 !== data.errcode) {
        const err3 = {
          instancePath: instancePath + '/errcode',
          schemaPath: '#/properties/errcode/const',
          keyword: 'const',
          params: { allowedValue: 0 },
          message: 'must be equal to constant',
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.errmsg !== undefined) {
      if ('SUCCESS' !== data.errmsg) {
        const err4 = {
          instancePath: instancePath + '/errmsg',
          schemaPath: '#/properties/errmsg/const',
          keyword: 'const',
          params: { allowedValue: 'SUCCESS' },
          message: 'must be equal to constant',
        };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
  } else {
    const err5 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err5];
    } else {
      vErrors.push(err5);
    }
    errors++;
  }
  validate43.errors = vErrors;
  return errors === 0;
}
validate43.evaluated = { props: true, dynamicProps: false, dynamicItems: false };

export const SenderInfo = validate44;
const schema60 = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://pbx-mock-kit.local/schemas/sender-info.json',
  title: 'SenderInfo',
  description:
    "Who wrote a message (Sender_Info): the customer (Customer_Info's user_type), an extension (1) or the API (SEEN from client code).",
  $comment:
    "OPEN: the guide's table is cut short, so user_id and avatar may be there too; the mock sends user_no, user_type and username only. OPEN: the API sender's user_type (9 likely, as message/send's sender_type); the mock sends 9 with user_no \"api\".",
  type: 'object',
  properties: {
    user_no: {
      type: 'string',
      description: "The customer's id or number, the extension number, or api.",
    },
    user_type: {
      enum: [1, 2, 3, 4, 5, 8, 9],
      description:
        '1 extension, 2 SMS, 3 WhatsApp, 4 Facebook, 5 Live Chat, 8 campaign recipient (DOC); 9 the API (OPEN).',
    },
    username: { type: 'string', description: 'Display name.' },
    user_id: { type: 'integer', minimum: 0, description: 'OPEN: not sent by the mock.' },
    avatar: { type: 'string', description: 'OPEN: not sent by the mock.' },
  },
  required: ['user_no', 'user_type', 'username'],
  additionalProperties: false,
};

function validate44(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="https://pbx-mock-kit.local/schemas/sender-info.json" */ let vErrors = null;
  let errors = 0;
  const evaluated0 = validate44.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.user_no === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'user_no' },
        message: "must have required property '" + 'user_no' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.user_type === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'user_type' },
        message: "must have required property '" + 'user_type' + "'",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.username === undefined) {
      const err2 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'username' },
        message: "must have required property '" + 'username' + "'",
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(
        key0 === 'user_no' ||
        key0 === 'user_type' ||
        key0 === 'username' ||
        key0 === 'user_id' ||
        key0 === 'avatar'
      )) {
        const err3 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.user_no !== undefined) {
      if (typeof data.user_no !== 'string') {
        const err4 = {
          instancePath: instancePath + '/user_no',
          schemaPath: '#/properties/user_no/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.user_type !== undefined) {
      let data1 = data.user_type;
      if (!(
        data1 === 1 ||
        data1 === 2 ||
        data1 === 3 ||
        data1 === 4 ||
        data1 === 5 ||
        data1 === 8 ||
        data1 === 9
      )) {
        const err5 = {
          instancePath: instancePath + '/user_type',
          schemaPath: '#/properties/user_type/enum',
          keyword: 'enum',
          params: { allowedValues: schema60.properties.user_type.enum },
          message: 'must be equal to one of the allowed values',
        };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.username !== undefined) {
      if (typeof data.username !== 'string') {
        const err6 = {
          instancePath: instancePath + '/username',
          schemaPath: '#/properties/username/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.user_id !== undefined) {
      let data3 = data.user_id;
      if (!(typeof data3 == 'number' && !(data3 % 1) && !isNaN(data3) && isFinite(data3))) {
        const err7 = {
          instancePath: instancePath + '/user_id',
          schemaPath: '#/properties/user_id/type',
          keyword: 'type',
          params: { type: 'integer' },
          message: 'must be integer',
        };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
      if (typeof data3 == 'number' && isFinite(data3)) {
        if (data3 < 0 || isNaN(data3)) {
          const err8 = {
            instancePath: instancePath + '/user_id',
            schemaPath: '#/properties/user_id/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
            message: 'must be >= 0',
          };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      }
    }
    if (data.avatar !== undefined) {
      if (typeof data.avatar !== 'string') {
        const err9 = {
          instancePath: instancePath + '/avatar',
          schemaPath: '#/properties/avatar/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
  } else {
    const err10 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err10];
    } else {
      vErrors.push(err10);
    }
    errors++;
  }
  validate44.errors = vErrors;
  return errors === 0;
}
validate44.evaluated = { props: true, dynamicProps: false, dynamicItems: false };

export const FileInfo = validate45;
const schema61 = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://pbx-mock-kit.local/schemas/file-info.json',
  title: 'FileInfo',
  description:
    'A file attached to a message, as message/batchupload returns it and as msg_files holds it once parsed (File_Info, DOC on the upload page).',
  $comment:
    'OPEN: the types of id and size on a device; the mock sends integers. OPEN: the values of type; the mock sends a MIME type.',
  type: 'object',
  properties: {
    id: { type: 'integer', minimum: 0, description: 'File id.' },
    name: { type: 'string', description: 'File name.' },
    uri: { type: 'string', description: 'Where the file can be fetched.' },
    type: { type: 'string', description: 'File type.' },
    size: { type: 'integer', minimum: 0, description: 'Size in bytes.' },
  },
  required: ['id', 'name', 'uri', 'type', 'size'],
  additionalProperties: false,
};

function validate45(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="https://pbx-mock-kit.local/schemas/file-info.json" */ let vErrors = null;
  let errors = 0;
  const evaluated0 = validate45.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.id === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'id' },
        message: "must have required property '" + 'id' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.name === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'name' },
        message: "must have required property '" + 'name' + "'",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.uri === undefined) {
      const err2 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'uri' },
        message: "must have required property '" + 'uri' + "'",
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.type === undefined) {
      const err3 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'type' },
        message: "must have required property '" + 'type' + "'",
      };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.size === undefined) {
      const err4 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'size' },
        message: "must have required property '" + 'size' + "'",
      };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(
        key0 === 'id' ||
        key0 === 'name' ||
        key0 === 'uri' ||
        key0 === 'type' ||
        key0 === 'size'
      )) {
        const err5 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
        };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.id !== undefined) {
      let data0 = data.id;
      if (!(typeof data0 == 'number' && !(data0 % 1) && !isNaN(data0) && isFinite(data0))) {
        const err6 = {
          instancePath: instancePath + '/id',
          schemaPath: '#/properties/id/type',
          keyword: 'type',
          params: { type: 'integer' },
          message: 'must be integer',
        };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
      if (typeof data0 == 'number' && isFinite(data0)) {
        if (data0 < 0 || isNaN(data0)) {
          const err7 = {
            instancePath: instancePath + '/id',
            schemaPath: '#/properties/id/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
            message: 'must be >= 0',
          };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      }
    }
    if (data.name !== undefined) {
      if (typeof data.name !== 'string') {
        const err8 = {
          instancePath: instancePath + '/name',
          schemaPath: '#/properties/name/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.uri !== undefined) {
      if (typeof data.uri !== 'string') {
        const err9 = {
          instancePath: instancePath + '/uri',
          schemaPath: '#/properties/uri/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.type !== undefined) {
      if (typeof data.type !== 'string') {
        const err10 = {
          instancePath: instancePath + '/type',
          schemaPath: '#/properties/type/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.size !== undefined) {
      let data4 = data.size;
      if (!(typeof data4 == 'number' && !(data4 % 1) && !isNaN(data4) && isFinite(data4))) {
        const err11 = {
          instancePath: instancePath + '/size',
          schemaPath: '#/properties/size/type',
          keyword: 'type',
          params: { type: 'integer' },
          message: 'must be integer',
        };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
      if (typeof data4 == 'number' && isFinite(data4)) {
        if (data4 < 0 || isNaN(data4)) {
          const err12 = {
            instancePath: instancePath + '/size',
            schemaPath: '#/properties/size/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
            message: 'must be >= 0',
          };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
      }
    }
  } else {
    const err13 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err13];
    } else {
      vErrors.push(err13);
    }
    errors++;
  }
  validate45.errors = vErrors;
  return errors === 0;
}
validate45.evaluated = { props: true, dynamicProps: false, dynamicItems: false };

export const MsgRecord = validate46;
const schema62 = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://pbx-mock-kit.local/schemas/msg-record.json',
  title: 'MsgRecord',
  description:
    'One message of a session, as message/get and message/query return it (Msg_Record, DOC).',
  type: 'object',
  properties: {
    session_id: { type: 'integer', minimum: 1, description: 'The session it belongs to.' },
    msg_id: {
      type: 'integer',
      minimum: 1,
      description: 'Message id; the paging cursor of message/get (last_msg_id).',
    },
    delivery_status: { enum: [0, 1, 2], description: '0 sending, 1 sent, 2 failed (DOC).' },
    sender: { $ref: 'sender-info.json' },
    msg_kind: { enum: [0, 1], description: '0 normal, 1 WhatsApp template (DOC).' },
    msg_type: {
      enum: [0, 1, 2, 3, 4, 5, 6, 7, 8],
      description:
        '0 user message; 1 transferred to an extension or the API; 2 closed manually; 3 closed automatically; 4 unsupported message type; 5 picked up; 6 transferred to a message queue; 7 the visitor closed the session; 8 call-related (DOC).',
    },
    msg_body: { type: 'string', description: 'Text of the message; may be empty.' },
    msg_files: {
      type: 'string',
      pattern: '^(\\[|$)',
      description:
        'A JSON-encoded string of a FileInfo array, not an array (DOC): clients must parse it.',
      $comment:
        'OPEN: what a message without files sends ("[]" or ""); the schema allows both, the mock sends "[]". A JSON array in place of the string fails the type.',
    },
    send_time: { type: 'integer', minimum: 0, description: 'Unix seconds (DOC).' },
    receive_time: {
      type: 'integer',
      minimum: 0,
      description: 'Unix seconds (DOC).',
      $comment: 'OPEN: its value on an outbound message still sending or failed; the mock sends 0.',
    },
    param: {
      type: 'string',
      description:
        'A JSON-encoded string (DOC): transfer details for msg_type 1 and 6, call details for 8.',
      $comment:
        'OPEN: its shape, and what other messages send. The mock sends "" on msg_type 0 and 4 and a JSON object on every system message (decisions/004).',
    },
    send_error: {
      type: 'string',
      description:
        'Why sending failed (invalid_phone_number, template_not_exist, ...); empty when none.',
      $comment:
        "The set is open like the errcode table (the guide's list is cut short), so it is not an enum.",
    },
  },
  required: [
    'session_id',
    'msg_id',
    'delivery_status',
    'sender',
    'msg_kind',
    'msg_type',
    'msg_body',
    'msg_files',
    'send_time',
    'receive_time',
    'param',
    'send_error',
  ],
  additionalProperties: false,
};
const pattern16 = new RegExp('^(\\[|$)', 'u');

function validate46(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="https://pbx-mock-kit.local/schemas/msg-record.json" */ let vErrors = null;
  let errors = 0;
  const evaluated0 = validate46.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.session_id === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'session_id' },
        message: "must have required property '" + 'session_id' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.msg_id === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'msg_id' },
        message: "must have required property '" + 'msg_id' + "'",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.delivery_status === undefined) {
      const err2 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'delivery_status' },
        message: "must have required property '" + 'delivery_status' + "'",
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.sender === undefined) {
      const err3 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'sender' },
        message: "must have required property '" + 'sender' + "'",
      };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.msg_kind === undefined) {
      const err4 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'msg_kind' },
        message: "must have required property '" + 'msg_kind' + "'",
      };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.msg_type === undefined) {
      const err5 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'msg_type' },
        message: "must have required property '" + 'msg_type' + "'",
      };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.msg_body === undefined) {
      const err6 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'msg_body' },
        message: "must have required property '" + 'msg_body' + "'",
      };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    if (data.msg_files === undefined) {
      const err7 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'msg_files' },
        message: "must have required property '" + 'msg_files' + "'",
      };
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
    if (data.send_time === undefined) {
      const err8 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'send_time' },
        message: "must have required property '" + 'send_time' + "'",
      };
      if (vErrors === null) {
        vErrors = [err8];
      } else {
        vErrors.push(err8);
      }
      errors++;
    }
    if (data.receive_time === undefined) {
      const err9 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'receive_time' },
        message: "must have required property '" + 'receive_time' + "'",
      };
      if (vErrors === null) {
        vErrors = [err9];
      } else {
        vErrors.push(err9);
      }
      errors++;
    }
    if (data.param === undefined) {
      const err10 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'param' },
        message: "must have required property '" + 'param' + "'",
      };
      if (vErrors === null) {
        vErrors = [err10];
      } else {
        vErrors.push(err10);
      }
      errors++;
    }
    if (data.send_error === undefined) {
      const err11 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'send_error' },
        message: "must have required property '" + 'send_error' + "'",
      };
      if (vErrors === null) {
        vErrors = [err11];
      } else {
        vErrors.push(err11);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func2.call(schema62.properties, key0)) {
        const err12 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
        };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.session_id !== undefined) {
      let data0 = data.session_id;
      if (!(typeof data0 == 'number' && !(data0 % 1) && !isNaN(data0) && isFinite(data0))) {
        const err13 = {
          instancePath: instancePath + '/session_id',
          schemaPath: '#/properties/session_id/type',
          keyword: 'type',
          params: { type: 'integer' },
          message: 'must be integer',
        };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
      if (typeof data0 == 'number' && isFinite(data0)) {
        if (data0 < 1 || isNaN(data0)) {
          const err14 = {
            instancePath: instancePath + '/session_id',
            schemaPath: '#/properties/session_id/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 1 },
            message: 'must be >= 1',
          };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
      }
    }
    if (data.msg_id !== undefined) {
      let data1 = data.msg_id;
      if (!(typeof data1 == 'number' && !(data1 % 1) && !isNaN(data1) && isFinite(data1))) {
        const err15 = {
          instancePath: instancePath + '/msg_id',
          schemaPath: '#/properties/msg_id/type',
          keyword: 'type',
          params: { type: 'integer' },
          message: 'must be integer',
        };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
      if (typeof data1 == 'number' && isFinite(data1)) {
        if (data1 < 1 || isNaN(data1)) {
          const err16 = {
            instancePath: instancePath + '/msg_id',
            schemaPath: '#/properties/msg_id/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 1 },
            message: 'must be >= 1',
          };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
      }
    }
    if (data.delivery_status !== undefined) {
      let data2 = data.delivery_status;
      if (!(data2 === 0 || data2 === 1 || data2 === 2)) {
        const err17 = {
          instancePath: instancePath + '/delivery_status',
          schemaPath: '#/properties/delivery_status/enum',
          keyword: 'enum',
          params: { allowedValues: schema62.properties.delivery_status.enum },
          message: 'must be equal to one of the allowed values',
        };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    if (data.sender !== undefined) {
      let data3 = data.sender;
      if (data3 && typeof data3 == 'object' && !Array.isArray(data3)) {
        if (data3.user_no === undefined) {
          const err18 = {
            instancePath: instancePath + '/sender',
            schemaPath: 'sender-info.json/required',
            keyword: 'required',
            params: { missingProperty: 'user_no' },
            message: "must have required property '" + 'user_no' + "'",
          };
          if (vErrors === null) {
            vErrors = [err18];
          } else {
            vErrors.push(err18);
          }
          errors++;
        }
        if (data3.user_type === undefined) {
          const err19 = {
            instancePath: instancePath + '/sender',
            schemaPath: 'sender-info.json/required',
            keyword: 'required',
            params: { missingProperty: 'user_type' },
            message: "must have required property '" + 'user_type' + "'",
          };
          if (vErrors === null) {
            vErrors = [err19];
          } else {
            vErrors.push(err19);
          }
          errors++;
        }
        if (data3.username === undefined) {
          const err20 = {
            instancePath: instancePath + '/sender',
            schemaPath: 'sender-info.json/required',
            keyword: 'required',
            params: { missingProperty: 'username' },
            message: "must have required property '" + 'username' + "'",
          };
          if (vErrors === null) {
            vErrors = [err20];
          } else {
            vErrors.push(err20);
          }
          errors++;
        }
        for (const key1 in data3) {
          if (!(
            key1 === 'user_no' ||
            key1 === 'user_type' ||
            key1 === 'username' ||
            key1 === 'user_id' ||
            key1 === 'avatar'
          )) {
            const err21 = {
              instancePath: instancePath + '/sender',
              schemaPath: 'sender-info.json/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key1 },
              message: 'must NOT have additional properties',
            };
            if (vErrors === null) {
              vErrors = [err21];
            } else {
              vErrors.push(err21);
            }
            errors++;
          }
        }
        if (data3.user_no !== undefined) {
          if (typeof data3.user_no !== 'string') {
            const err22 = {
              instancePath: instancePath + '/sender/user_no',
              schemaPath: 'sender-info.json/properties/user_no/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
            };
            if (vErrors === null) {
              vErrors = [err22];
            } else {
              vErrors.push(err22);
            }
            errors++;
          }
        }
        if (data3.user_type !== undefined) {
          let data5 = data3.user_type;
          if (!(
            data5 === 1 ||
            data5 === 2 ||
            data5 === 3 ||
            data5 === 4 ||
            data5 === 5 ||
            data5 === 8 ||
            data5 === 9
          )) {
            const err23 = {
              instancePath: instancePath + '/sender/user_type',
              schemaPath: 'sender-info.json/properties/user_type/enum',
              keyword: 'enum',
              params: { allowedValues: schema60.properties.user_type.enum },
              message: 'must be equal to one of the allowed values',
            };
            if (vErrors === null) {
              vErrors = [err23];
            } else {
              vErrors.push(err23);
            }
            errors++;
          }
        }
        if (data3.username !== undefined) {
          if (typeof data3.username !== 'string') {
            const err24 = {
              instancePath: instancePath + '/sender/username',
              schemaPath: 'sender-info.json/properties/username/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
            };
            if (vErrors === null) {
              vErrors = [err24];
            } else {
              vErrors.push(err24);
            }
            errors++;
          }
        }
        if (data3.user_id !== undefined) {
          let data7 = data3.user_id;
          if (!(typeof data7 == 'number' && !(data7 % 1) && !isNaN(data7) && isFinite(data7))) {
            const err25 = {
              instancePath: instancePath + '/sender/user_id',
              schemaPath: 'sender-info.json/properties/user_id/type',
              keyword: 'type',
              params: { type: 'integer' },
              message: 'must be integer',
            };
            if (vErrors === null) {
              vErrors = [err25];
            } else {
              vErrors.push(err25);
            }
            errors++;
          }
          if (typeof data7 == 'number' && isFinite(data7)) {
            if (data7 < 0 || isNaN(data7)) {
              const err26 = {
                instancePath: instancePath + '/sender/user_id',
                schemaPath: 'sender-info.json/properties/user_id/minimum',
                keyword: 'minimum',
                params: { comparison: '>=', limit: 0 },
                message: 'must be >= 0',
              };
              if (vErrors === null) {
                vErrors = [err26];
              } else {
                vErrors.push(err26);
              }
              errors++;
            }
          }
        }
        if (data3.avatar !== undefined) {
          if (typeof data3.avatar !== 'string') {
            const err27 = {
              instancePath: instancePath + '/sender/avatar',
              schemaPath: 'sender-info.json/properties/avatar/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
            };
            if (vErrors === null) {
              vErrors = [err27];
            } else {
              vErrors.push(err27);
            }
            errors++;
          }
        }
      } else {
        const err28 = {
          instancePath: instancePath + '/sender',
          schemaPath: 'sender-info.json/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
        };
        if (vErrors === null) {
          vErrors = [err28];
        } else {
          vErrors.push(err28);
        }
        errors++;
      }
    }
    if (data.msg_kind !== undefined) {
      let data9 = data.msg_kind;
      if (!(data9 === 0 || data9 === 1)) {
        const err29 = {
          instancePath: instancePath + '/msg_kind',
          schemaPath: '#/properties/msg_kind/enum',
          keyword: 'enum',
          params: { allowedValues: schema62.properties.msg_kind.enum },
          message: 'must be equal to one of the allowed values',
        };
        if (vErrors === null) {
          vErrors = [err29];
        } else {
          vErrors.push(err29);
        }
        errors++;
      }
    }
    if (data.msg_type !== undefined) {
      let data10 = data.msg_type;
      if (!(
        data10 === 0 ||
        data10 === 1 ||
        data10 === 2 ||
        data10 === 3 ||
        data10 === 4 ||
        data10 === 5 ||
        data10 === 6 ||
        data10 === 7 ||
        data10 === 8
      )) {
        const err30 = {
          instancePath: instancePath + '/msg_type',
          schemaPath: '#/properties/msg_type/enum',
          keyword: 'enum',
          params: { allowedValues: schema62.properties.msg_type.enum },
          message: 'must be equal to one of the allowed values',
        };
        if (vErrors === null) {
          vErrors = [err30];
        } else {
          vErrors.push(err30);
        }
        errors++;
      }
    }
    if (data.msg_body !== undefined) {
      if (typeof data.msg_body !== 'string') {
        const err31 = {
          instancePath: instancePath + '/msg_body',
          schemaPath: '#/properties/msg_body/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err31];
        } else {
          vErrors.push(err31);
        }
        errors++;
      }
    }
    if (data.msg_files !== undefined) {
      let data12 = data.msg_files;
      if (typeof data12 === 'string') {
        if (!pattern16.test(data12)) {
          const err32 = {
            instancePath: instancePath + '/msg_files',
            schemaPath: '#/properties/msg_files/pattern',
            keyword: 'pattern',
            params: { pattern: '^(\\[|$)' },
            message: 'must match pattern "' + '^(\\[|$)' + '"',
          };
          if (vErrors === null) {
            vErrors = [err32];
          } else {
            vErrors.push(err32);
          }
          errors++;
        }
      } else {
        const err33 = {
          instancePath: instancePath + '/msg_files',
          schemaPath: '#/properties/msg_files/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err33];
        } else {
          vErrors.push(err33);
        }
        errors++;
      }
    }
    if (data.send_time !== undefined) {
      let data13 = data.send_time;
      if (!(typeof data13 == 'number' && !(data13 % 1) && !isNaN(data13) && isFinite(data13))) {
        const err34 = {
          instancePath: instancePath + '/send_time',
          schemaPath: '#/properties/send_time/type',
          keyword: 'type',
          params: { type: 'integer' },
          message: 'must be integer',
        };
        if (vErrors === null) {
          vErrors = [err34];
        } else {
          vErrors.push(err34);
        }
        errors++;
      }
      if (typeof data13 == 'number' && isFinite(data13)) {
        if (data13 < 0 || isNaN(data13)) {
          const err35 = {
            instancePath: instancePath + '/send_time',
            schemaPath: '#/properties/send_time/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
            message: 'must be >= 0',
          };
          if (vErrors === null) {
            vErrors = [err35];
          } else {
            vErrors.push(err35);
          }
          errors++;
        }
      }
    }
    if (data.receive_time !== undefined) {
      let data14 = data.receive_time;
      if (!(typeof data14 == 'number' && !(data14 % 1) && !isNaN(data14) && isFinite(data14))) {
        const err36 = {
          instancePath: instancePath + '/receive_time',
          schemaPath: '#/properties/receive_time/type',
          keyword: 'type',
          params: { type: 'integer' },
          message: 'must be integer',
        };
        if (vErrors === null) {
          vErrors = [err36];
        } else {
          vErrors.push(err36);
        }
        errors++;
      }
      if (typeof data14 == 'number' && isFinite(data14)) {
        if (data14 < 0 || isNaN(data14)) {
          const err37 = {
            instancePath: instancePath + '/receive_time',
            schemaPath: '#/properties/receive_time/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
            message: 'must be >= 0',
          };
          if (vErrors === null) {
            vErrors = [err37];
          } else {
            vErrors.push(err37);
          }
          errors++;
        }
      }
    }
    if (data.param !== undefined) {
      if (typeof data.param !== 'string') {
        const err38 = {
          instancePath: instancePath + '/param',
          schemaPath: '#/properties/param/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err38];
        } else {
          vErrors.push(err38);
        }
        errors++;
      }
    }
    if (data.send_error !== undefined) {
      if (typeof data.send_error !== 'string') {
        const err39 = {
          instancePath: instancePath + '/send_error',
          schemaPath: '#/properties/send_error/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err39];
        } else {
          vErrors.push(err39);
        }
        errors++;
      }
    }
  } else {
    const err40 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err40];
    } else {
      vErrors.push(err40);
    }
    errors++;
  }
  validate46.errors = vErrors;
  return errors === 0;
}
validate46.evaluated = { props: true, dynamicProps: false, dynamicItems: false };

export const MsgSessionRecords = validate47;
const schema64 = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://pbx-mock-kit.local/schemas/msg-session-records.json',
  title: 'MsgSessionRecords',
  description:
    "One session's messages, newest first: message/get's data, and each item of message/query's data (DOC).",
  $comment:
    "OPEN: the order of records; the mock sends newest first, so the last record's msg_id is the next cursor.",
  type: 'object',
  properties: {
    session_id: { type: 'integer', minimum: 1 },
    records: { type: 'array', items: { $ref: 'msg-record.json' } },
  },
  required: ['session_id', 'records'],
  additionalProperties: false,
};

function validate47(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="https://pbx-mock-kit.local/schemas/msg-session-records.json" */ let vErrors = null;
  let errors = 0;
  const evaluated0 = validate47.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.session_id === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'session_id' },
        message: "must have required property '" + 'session_id' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.records === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'records' },
        message: "must have required property '" + 'records' + "'",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === 'session_id' || key0 === 'records')) {
        const err2 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.session_id !== undefined) {
      let data0 = data.session_id;
      if (!(typeof data0 == 'number' && !(data0 % 1) && !isNaN(data0) && isFinite(data0))) {
        const err3 = {
          instancePath: instancePath + '/session_id',
          schemaPath: '#/properties/session_id/type',
          keyword: 'type',
          params: { type: 'integer' },
          message: 'must be integer',
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      if (typeof data0 == 'number' && isFinite(data0)) {
        if (data0 < 1 || isNaN(data0)) {
          const err4 = {
            instancePath: instancePath + '/session_id',
            schemaPath: '#/properties/session_id/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 1 },
            message: 'must be >= 1',
          };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      }
    }
    if (data.records !== undefined) {
      let data1 = data.records;
      if (Array.isArray(data1)) {
        const len0 = data1.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (
            !validate46(data1[i0], {
              instancePath: instancePath + '/records/' + i0,
              parentData: data1,
              parentDataProperty: i0,
              rootData,
              dynamicAnchors,
            })
          ) {
            vErrors = vErrors === null ? validate46.errors : vErrors.concat(validate46.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err5 = {
          instancePath: instancePath + '/records',
          schemaPath: '#/properties/records/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
        };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
  } else {
    const err6 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err6];
    } else {
      vErrors.push(err6);
    }
    errors++;
  }
  validate47.errors = vErrors;
  return errors === 0;
}
validate47.evaluated = { props: true, dynamicProps: false, dynamicItems: false };

export const MessageGetParams = validate49;
const schema65 = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://pbx-mock-kit.local/schemas/message-get-params.json',
  title: 'MessageGetParams',
  description: 'Query parameters of GET message/get (besides access_token).',
  $comment:
    'Query values arrive as strings. OPEN: the largest page_size; the mock accepts 1 to 1000, as on message_session/list.',
  type: 'object',
  properties: {
    id: {
      type: 'string',
      pattern: '^[0-9]{1,15}$',
      description: 'The session id (required, DOC).',
    },
    page_size: {
      type: 'string',
      pattern: '^([1-9][0-9]{0,2}|1000)$',
      description: 'Messages per page (required, DOC).',
    },
    last_msg_id: {
      type: 'string',
      pattern: '^[0-9]{1,15}$',
      description:
        'Cursor: the page holds messages older than this id, not including it; pass the smallest msg_id of the current page. Without it, the newest messages (DOC).',
    },
  },
  required: ['id', 'page_size'],
};

function validate49(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="https://pbx-mock-kit.local/schemas/message-get-params.json" */ let vErrors = null;
  let errors = 0;
  const evaluated0 = validate49.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.id === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'id' },
        message: "must have required property '" + 'id' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.page_size === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'page_size' },
        message: "must have required property '" + 'page_size' + "'",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.id !== undefined) {
      let data0 = data.id;
      if (typeof data0 === 'string') {
        if (!pattern4.test(data0)) {
          const err2 = {
            instancePath: instancePath + '/id',
            schemaPath: '#/properties/id/pattern',
            keyword: 'pattern',
            params: { pattern: '^[0-9]{1,15}$' },
            message: 'must match pattern "' + '^[0-9]{1,15}$' + '"',
          };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      } else {
        const err3 = {
          instancePath: instancePath + '/id',
          schemaPath: '#/properties/id/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.page_size !== undefined) {
      let data1 = data.page_size;
      if (typeof data1 === 'string') {
        if (!pattern7.test(data1)) {
          const err4 = {
            instancePath: instancePath + '/page_size',
            schemaPath: '#/properties/page_size/pattern',
            keyword: 'pattern',
            params: { pattern: '^([1-9][0-9]{0,2}|1000)$' },
            message: 'must match pattern "' + '^([1-9][0-9]{0,2}|1000)$' + '"',
          };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      } else {
        const err5 = {
          instancePath: instancePath + '/page_size',
          schemaPath: '#/properties/page_size/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.last_msg_id !== undefined) {
      let data2 = data.last_msg_id;
      if (typeof data2 === 'string') {
        if (!pattern4.test(data2)) {
          const err6 = {
            instancePath: instancePath + '/last_msg_id',
            schemaPath: '#/properties/last_msg_id/pattern',
            keyword: 'pattern',
            params: { pattern: '^[0-9]{1,15}$' },
            message: 'must match pattern "' + '^[0-9]{1,15}$' + '"',
          };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      } else {
        const err7 = {
          instancePath: instancePath + '/last_msg_id',
          schemaPath: '#/properties/last_msg_id/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
  } else {
    const err8 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err8];
    } else {
      vErrors.push(err8);
    }
    errors++;
  }
  validate49.errors = vErrors;
  return errors === 0;
}
validate49.evaluated = {
  props: { id: true, page_size: true, last_msg_id: true },
  dynamicProps: false,
  dynamicItems: false,
};

export const MessageGetAnswer = validate50;
const schema66 = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://pbx-mock-kit.local/schemas/message-get-answer.json',
  title: 'MessageGetAnswer',
  description:
    "Success answer of message/get: one session's messages under the key data, an object (DOC), not list as on the session endpoints. No total_number.",
  type: 'object',
  properties: {
    errcode: { const: 0 },
    errmsg: { const: 'SUCCESS' },
    data: { $ref: 'msg-session-records.json' },
  },
  required: ['errcode', 'errmsg', 'data'],
  additionalProperties: false,
};

function validate50(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="https://pbx-mock-kit.local/schemas/message-get-answer.json" */ let vErrors = null;
  let errors = 0;
  const evaluated0 = validate50.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.errcode === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'errcode' },
        message: "must have required property '" + 'errcode' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.errmsg === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'errmsg' },
        message: "must have required property '" + 'errmsg' + "'",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.data === undefined) {
      const err2 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'data' },
        message: "must have required property '" + 'data' + "'",
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === 'errcode' || key0 === 'errmsg' || key0 === 'data')) {
        const err3 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.errcode !== undefined) {
      if (0 !== data.errcode) {
        const err4 = {
          instancePath: instancePath + '/errcode',
          schemaPath: '#/properties/errcode/const',
          keyword: 'const',
          params: { allowedValue: 0 },
          message: 'must be equal to constant',
        };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.errmsg !== undefined) {
      if ('SUCCESS' !== data.errmsg) {
        const err5 = {
          instancePath: instancePath + '/errmsg',
          schemaPath: '#/properties/errmsg/const',
          keyword: 'const',
          params: { allowedValue: 'SUCCESS' },
          message: 'must be equal to constant',
        };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.data !== undefined) {
      if (
        !validate47(data.data, {
          instancePath: instancePath + '/data',
          parentData: data,
          parentDataProperty: 'data',
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate47.errors : vErrors.concat(validate47.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err6 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err6];
    } else {
      vErrors.push(err6);
    }
    errors++;
  }
  validate50.errors = vErrors;
  return errors === 0;
}
validate50.evaluated = { props: true, dynamicProps: false, dynamicItems: false };

export const MessageQueryParams = validate52;
const schema67 = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://pbx-mock-kit.local/schemas/message-query-params.json',
  title: 'MessageQueryParams',
  description: 'Query parameters of GET message/query (besides access_token).',
  $comment:
    "OPEN: the most ids one call may ask for and the largest page_size; the mock accepts up to 100 ids and a page_size of 1 to 1000. Whether page_size is required is OPEN (the guide shows it beside ids); the mock requires it, as message/get does. Unknown ids are left out of the answer (OPEN; the mock's choice, as on message_session/query).",
  type: 'object',
  properties: {
    ids: {
      type: 'string',
      pattern: '^[0-9]{1,15}(,[0-9]{1,15}){0,99}$',
      description: 'Comma-separated session ids (DOC).',
    },
    page_size: {
      type: 'string',
      pattern: '^([1-9][0-9]{0,2}|1000)$',
      description: 'Newest messages per session (DOC).',
    },
  },
  required: ['ids', 'page_size'],
};

function validate52(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="https://pbx-mock-kit.local/schemas/message-query-params.json" */ let vErrors =
    null;
  let errors = 0;
  const evaluated0 = validate52.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.ids === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'ids' },
        message: "must have required property '" + 'ids' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.page_size === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'page_size' },
        message: "must have required property '" + 'page_size' + "'",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.ids !== undefined) {
      let data0 = data.ids;
      if (typeof data0 === 'string') {
        if (!pattern5.test(data0)) {
          const err2 = {
            instancePath: instancePath + '/ids',
            schemaPath: '#/properties/ids/pattern',
            keyword: 'pattern',
            params: { pattern: '^[0-9]{1,15}(,[0-9]{1,15}){0,99}$' },
            message: 'must match pattern "' + '^[0-9]{1,15}(,[0-9]{1,15}){0,99}$' + '"',
          };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      } else {
        const err3 = {
          instancePath: instancePath + '/ids',
          schemaPath: '#/properties/ids/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.page_size !== undefined) {
      let data1 = data.page_size;
      if (typeof data1 === 'string') {
        if (!pattern7.test(data1)) {
          const err4 = {
            instancePath: instancePath + '/page_size',
            schemaPath: '#/properties/page_size/pattern',
            keyword: 'pattern',
            params: { pattern: '^([1-9][0-9]{0,2}|1000)$' },
            message: 'must match pattern "' + '^([1-9][0-9]{0,2}|1000)$' + '"',
          };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      } else {
        const err5 = {
          instancePath: instancePath + '/page_size',
          schemaPath: '#/properties/page_size/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
  } else {
    const err6 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err6];
    } else {
      vErrors.push(err6);
    }
    errors++;
  }
  validate52.errors = vErrors;
  return errors === 0;
}
validate52.evaluated = {
  props: { ids: true, page_size: true },
  dynamicProps: false,
  dynamicItems: false,
};

export const MessageQueryAnswer = validate53;
const schema68 = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://pbx-mock-kit.local/schemas/message-query-answer.json',
  title: 'MessageQueryAnswer',
  description:
    'Success answer of message/query: under data, an array with the newest messages of each session asked for (DOC).',
  type: 'object',
  properties: {
    errcode: { const: 0 },
    errmsg: { const: 'SUCCESS' },
    data: { type: 'array', items: { $ref: 'msg-session-records.json' } },
  },
  required: ['errcode', 'errmsg', 'data'],
  additionalProperties: false,
};

function validate53(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="https://pbx-mock-kit.local/schemas/message-query-answer.json" */ let vErrors =
    null;
  let errors = 0;
  const evaluated0 = validate53.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.errcode === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'errcode' },
        message: "must have required property '" + 'errcode' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.errmsg === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'errmsg' },
        message: "must have required property '" + 'errmsg' + "'",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.data === undefined) {
      const err2 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'data' },
        message: "must have required property '" + 'data' + "'",
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === 'errcode' || key0 === 'errmsg' || key0 === 'data')) {
        const err3 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.errcode !== undefined) {
      if (0 !== data.errcode) {
        const err4 = {
          instancePath: instancePath + '/errcode',
          schemaPath: '#/properties/errcode/const',
          keyword: 'const',
          params: { allowedValue: 0 },
          message: 'must be equal to constant',
        };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.errmsg !== undefined) {
      if ('SUCCESS' !== data.errmsg) {
        const err5 = {
          instancePath: instancePath + '/errmsg',
          schemaPath: '#/properties/errmsg/const',
          keyword: 'const',
          params: { allowedValue: 'SUCCESS' },
          message: 'must be equal to constant',
        };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.data !== undefined) {
      let data2 = data.data;
      if (Array.isArray(data2)) {
        const len0 = data2.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (
            !validate47(data2[i0], {
              instancePath: instancePath + '/data/' + i0,
              parentData: data2,
              parentDataProperty: i0,
              rootData,
              dynamicAnchors,
            })
          ) {
            vErrors = vErrors === null ? validate47.errors : vErrors.concat(validate47.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err6 = {
          instancePath: instancePath + '/data',
          schemaPath: '#/properties/data/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
        };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
  } else {
    const err7 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err7];
    } else {
      vErrors.push(err7);
    }
    errors++;
  }
  validate53.errors = vErrors;
  return errors === 0;
}
validate53.evaluated = { props: true, dynamicProps: false, dynamicItems: false };

export const MsgRouting = validate55;
const schema69 = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://pbx-mock-kit.local/schemas/msg-routing.json',
  title: 'MsgRouting',
  description: 'One DID of a channel and where its new sessions go (Msg_Routing).',
  $comment:
    'OPEN: every field; the guide names the type but not its table. The mock sends did_number (the DID sessions show as did_number), destination_type and destination_id (as message_session/transfer names a target), and accepts more from a device.',
  type: 'object',
  properties: {
    did_number: { type: 'string', description: 'The DID (OPEN field name).' },
    destination_type: {
      enum: ['extension', 'queue', 'api'],
      description: 'Where new sessions on this DID go (OPEN).',
    },
    destination_id: {
      type: 'string',
      description: 'The extension or queue number; empty for api (OPEN).',
    },
  },
  required: ['did_number'],
};

function validate55(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="https://pbx-mock-kit.local/schemas/msg-routing.json" */ let vErrors = null;
  let errors = 0;
  const evaluated0 = validate55.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.did_number === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'did_number' },
        message: "must have required property '" + 'did_number' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.did_number !== undefined) {
      if (typeof data.did_number !== 'string') {
        const err1 = {
          instancePath: instancePath + '/did_number',
          schemaPath: '#/properties/did_number/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.destination_type !== undefined) {
      let data1 = data.destination_type;
      if (!(data1 === 'extension' || data1 === 'queue' || data1 === 'api')) {
        const err2 = {
          instancePath: instancePath + '/destination_type',
          schemaPath: '#/properties/destination_type/enum',
          keyword: 'enum',
          params: { allowedValues: schema69.properties.destination_type.enum },
          message: 'must be equal to one of the allowed values',
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.destination_id !== undefined) {
      if (typeof data.destination_id !== 'string') {
        const err3 = {
          instancePath: instancePath + '/destination_id',
          schemaPath: '#/properties/destination_id/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
  } else {
    const err4 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err4];
    } else {
      vErrors.push(err4);
    }
    errors++;
  }
  validate55.errors = vErrors;
  return errors === 0;
}
validate55.evaluated = {
  props: { did_number: true, destination_type: true, destination_id: true },
  dynamicProps: false,
  dynamicItems: false,
};

export const MsgChannel = validate56;
const schema70 = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://pbx-mock-kit.local/schemas/msg-channel.json',
  title: 'MsgChannel',
  description:
    'A messaging channel, as message_channel/get and message_channel/query return it (Msg_Channel, DOC).',
  $comment:
    'OPEN: whether live chat channels are listed (type has no livechat value); the mock lists none. account_data holds provider secrets: never print or journal their values.',
  type: 'object',
  properties: {
    id: { type: 'integer', minimum: 1, description: 'Channel id.' },
    name: { type: 'string', description: 'Channel name; sessions show it as channel_name.' },
    domain_type: { enum: ['fqdn', 'nat'], description: 'How the webhook is reached (DOC).' },
    webhook_gid: { type: 'integer', minimum: 0, description: 'Webhook id (OPEN type).' },
    webhook_url: { type: 'string', description: 'The URL the provider calls.' },
    type: { enum: ['sms', 'whatsapp', 'facebook'], description: 'Channel type (DOC).' },
    channel: {
      enum: [
        'general',
        'apidaze',
        'athena',
        'bandwidth',
        'flowroute',
        'ixica',
        'siptrunk',
        'skyetel',
        'telnyx',
        'twilio',
        'vetta',
        'voicemeup',
        'whatsapp',
        'facebook',
        'livechat',
      ],
      description: "The provider, from message/send's channel list (DOC).",
    },
    account_data: {
      type: 'array',
      description: 'Provider credentials as key/value pairs (DOC): secrets.',
      items: {
        type: 'object',
        properties: {
          k: { type: 'string', description: 'Credential name.' },
          v: { type: 'string', description: 'Credential value: a secret.' },
        },
        required: ['k', 'v'],
        additionalProperties: false,
      },
    },
    verify_token: { type: 'string', description: 'Webhook verify token (a secret).' },
    phone_number_id: { type: 'string', description: 'WhatsApp only (DOC).' },
    business_account_id: { type: 'string', description: 'WhatsApp only (DOC).' },
    send_rate: {
      type: 'integer',
      minimum: 0,
      description: 'Messages per second the PBX may send on it (DOC).',
    },
    auto_close_session: { enum: [0, 1], description: 'Close idle sessions automatically.' },
    session_expired_time: {
      type: 'integer',
      minimum: 0,
      description: 'Days before an idle session closes.',
    },
    dids: {
      type: 'array',
      items: { $ref: 'msg-routing.json' },
      description: "The channel's DIDs (Msg_Routing, fields OPEN).",
    },
    accompanying_msg: { type: 'string', description: 'OPEN meaning and type; the mock sends "".' },
  },
  required: [
    'id',
    'name',
    'domain_type',
    'webhook_gid',
    'webhook_url',
    'type',
    'channel',
    'account_data',
    'verify_token',
    'send_rate',
    'auto_close_session',
    'session_expired_time',
    'dids',
    'accompanying_msg',
  ],
  additionalProperties: false,
};

function validate56(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="https://pbx-mock-kit.local/schemas/msg-channel.json" */ let vErrors = null;
  let errors = 0;
  const evaluated0 = validate56.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.id === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'id' },
        message: "must have required property '" + 'id' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.name === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'name' },
        message: "must have required property '" + 'name' + "'",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.domain_type === undefined) {
      const err2 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'domain_type' },
        message: "must have required property '" + 'domain_type' + "'",
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.webhook_gid === undefined) {
      const err3 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'webhook_gid' },
        message: "must have required property '" + 'webhook_gid' + "'",
      };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.webhook_url === undefined) {
      const err4 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'webhook_url' },
        message: "must have required property '" + 'webhook_url' + "'",
      };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.type === undefined) {
      const err5 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'type' },
        message: "must have required property '" + 'type' + "'",
      };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.channel === undefined) {
      const err6 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'channel' },
        message: "must have required property '" + 'channel' + "'",
      };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    if (data.account_data === undefined) {
      const err7 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'account_data' },
        message: "must have required property '" + 'account_data' + "'",
      };
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
    if (data.verify_token === undefined) {
      const err8 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'verify_token' },
        message: "must have required property '" + 'verify_token' + "'",
      };
      if (vErrors === null) {
        vErrors = [err8];
      } else {
        vErrors.push(err8);
      }
      errors++;
    }
    if (data.send_rate === undefined) {
      const err9 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'send_rate' },
        message: "must have required property '" + 'send_rate' + "'",
      };
      if (vErrors === null) {
        vErrors = [err9];
      } else {
        vErrors.push(err9);
      }
      errors++;
    }
    if (data.auto_close_session === undefined) {
      const err10 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'auto_close_session' },
        message: "must have required property '" + 'auto_close_session' + "'",
      };
      if (vErrors === null) {
        vErrors = [err10];
      } else {
        vErrors.push(err10);
      }
      errors++;
    }
    if (data.session_expired_time === undefined) {
      const err11 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'session_expired_time' },
        message: "must have required property '" + 'session_expired_time' + "'",
      };
      if (vErrors === null) {
        vErrors = [err11];
      } else {
        vErrors.push(err11);
      }
      errors++;
    }
    if (data.dids === undefined) {
      const err12 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'dids' },
        message: "must have required property '" + 'dids' + "'",
      };
      if (vErrors === null) {
        vErrors = [err12];
      } else {
        vErrors.push(err12);
      }
      errors++;
    }
    if (data.accompanying_msg === undefined) {
      const err13 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'accompanying_msg' },
        message: "must have required property '" + 'accompanying_msg' + "'",
      };
      if (vErrors === null) {
        vErrors = [err13];
      } else {
        vErrors.push(err13);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func2.call(schema70.properties, key0)) {
        const err14 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
        };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.id !== undefined) {
      let data0 = data.id;
      if (!(typeof data0 == 'number' && !(data0 % 1) && !isNaN(data0) && isFinite(data0))) {
        const err15 = {
          instancePath: instancePath + '/id',
          schemaPath: '#/properties/id/type',
          keyword: 'type',
          params: { type: 'integer' },
          message: 'must be integer',
        };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
      if (typeof data0 == 'number' && isFinite(data0)) {
        if (data0 < 1 || isNaN(data0)) {
          const err16 = {
            instancePath: instancePath + '/id',
            schemaPath: '#/properties/id/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 1 },
            message: 'must be >= 1',
          };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
      }
    }
    if (data.name !== undefined) {
      if (typeof data.name !== 'string') {
        const err17 = {
          instancePath: instancePath + '/name',
          schemaPath: '#/properties/name/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    if (data.domain_type !== undefined) {
      let data2 = data.domain_type;
      if (!(data2 === 'fqdn' || data2 === 'nat')) {
        const err18 = {
          instancePath: instancePath + '/domain_type',
          schemaPath: '#/properties/domain_type/enum',
          keyword: 'enum',
          params: { allowedValues: schema70.properties.domain_type.enum },
          message: 'must be equal to one of the allowed values',
        };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    if (data.webhook_gid !== undefined) {
      let data3 = data.webhook_gid;
      if (!(typeof data3 == 'number' && !(data3 % 1) && !isNaN(data3) && isFinite(data3))) {
        const err19 = {
          instancePath: instancePath + '/webhook_gid',
          schemaPath: '#/properties/webhook_gid/type',
          keyword: 'type',
          params: { type: 'integer' },
          message: 'must be integer',
        };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
      if (typeof data3 == 'number' && isFinite(data3)) {
        if (data3 < 0 || isNaN(data3)) {
          const err20 = {
            instancePath: instancePath + '/webhook_gid',
            schemaPath: '#/properties/webhook_gid/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
            message: 'must be >= 0',
          };
          if (vErrors === null) {
            vErrors = [err20];
          } else {
            vErrors.push(err20);
          }
          errors++;
        }
      }
    }
    if (data.webhook_url !== undefined) {
      if (typeof data.webhook_url !== 'string') {
        const err21 = {
          instancePath: instancePath + '/webhook_url',
          schemaPath: '#/properties/webhook_url/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
    }
    if (data.type !== undefined) {
      let data5 = data.type;
      if (!(data5 === 'sms' || data5 === 'whatsapp' || data5 === 'facebook')) {
        const err22 = {
          instancePath: instancePath + '/type',
          schemaPath: '#/properties/type/enum',
          keyword: 'enum',
          params: { allowedValues: schema70.properties.type.enum },
          message: 'must be equal to one of the allowed values',
        };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
    }
    if (data.channel !== undefined) {
      let data6 = data.channel;
      if (!(
        data6 === 'general' ||
        data6 === 'apidaze' ||
        data6 === 'athena' ||
        data6 === 'bandwidth' ||
        data6 === 'flowroute' ||
        data6 === 'ixica' ||
        data6 === 'siptrunk' ||
        data6 === 'skyetel' ||
        data6 === 'telnyx' ||
        data6 === 'twilio' ||
        data6 === 'vetta' ||
        data6 === 'voicemeup' ||
        data6 === 'whatsapp' ||
        data6 === 'facebook' ||
        data6 === 'livechat'
      )) {
        const err23 = {
          instancePath: instancePath + '/channel',
          schemaPath: '#/properties/channel/enum',
          keyword: 'enum',
          params: { allowedValues: schema70.properties.channel.enum },
          message: 'must be equal to one of the allowed values',
        };
        if (vErrors === null) {
          vErrors = [err23];
        } else {
          vErrors.push(err23);
        }
        errors++;
      }
    }
    if (data.account_data !== undefined) {
      let data7 = data.account_data;
      if (Array.isArray(data7)) {
        const len0 = data7.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data8 = data7[i0];
          if (data8 && typeof data8 == 'object' && !Array.isArray(data8)) {
            if (data8.k === undefined) {
              const err24 = {
                instancePath: instancePath + '/account_data/' + i0,
                schemaPath: '#/properties/account_data/items/required',
                keyword: 'required',
                params: { missingProperty: 'k' },
                message: "must have required property '" + 'k' + "'",
              };
              if (vErrors === null) {
                vErrors = [err24];
              } else {
                vErrors.push(err24);
              }
              errors++;
            }
            if (data8.v === undefined) {
              const err25 = {
                instancePath: instancePath + '/account_data/' + i0,
                schemaPath: '#/properties/account_data/items/required',
                keyword: 'required',
                params: { missingProperty: 'v' },
                message: "must have required property '" + 'v' + "'",
              };
              if (vErrors === null) {
                vErrors = [err25];
              } else {
                vErrors.push(err25);
              }
              errors++;
            }
            for (const key1 in data8) {
              if (!(key1 === 'k' || key1 === 'v')) {
                const err26 = {
                  instancePath: instancePath + '/account_data/' + i0,
                  schemaPath: '#/properties/account_data/items/additionalProperties',
                  keyword: 'additionalProperties',
                  params: { additionalProperty: key1 },
                  message: 'must NOT have additional properties',
                };
                if (vErrors === null) {
                  vErrors = [err26];
                } else {
                  vErrors.push(err26);
                }
                errors++;
              }
            }
            if (data8.k !== undefined) {
              if (typeof data8.k !== 'string') {
                const err27 = {
                  instancePath: instancePath + '/account_data/' + i0 + '/k',
                  schemaPath: '#/properties/account_data/items/properties/k/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                };
                if (vErrors === null) {
                  vErrors = [err27];
                } else {
                  vErrors.push(err27);
                }
                errors++;
              }
            }
            if (data8.v !== undefined) {
              if (typeof data8.v !== 'string') {
                const err28 = {
                  instancePath: instancePath + '/account_data/' + i0 + '/v',
                  schemaPath: '#/properties/account_data/items/properties/v/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                };
                if (vErrors === null) {
                  vErrors = [err28];
                } else {
                  vErrors.push(err28);
                }
                errors++;
              }
            }
          } else {
            const err29 = {
              instancePath: instancePath + '/account_data/' + i0,
              schemaPath: '#/properties/account_data/items/type',
              keyword: 'type',
              params: { type: 'object' },
              message: 'must be object',
            };
            if (vErrors === null) {
              vErrors = [err29];
            } else {
              vErrors.push(err29);
            }
            errors++;
          }
        }
      } else {
        const err30 = {
          instancePath: instancePath + '/account_data',
          schemaPath: '#/properties/account_data/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
        };
        if (vErrors === null) {
          vErrors = [err30];
        } else {
          vErrors.push(err30);
        }
        errors++;
      }
    }
    if (data.verify_token !== undefined) {
      if (typeof data.verify_token !== 'string') {
        const err31 = {
          instancePath: instancePath + '/verify_token',
          schemaPath: '#/properties/verify_token/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err31];
        } else {
          vErrors.push(err31);
        }
        errors++;
      }
    }
    if (data.phone_number_id !== undefined) {
      if (typeof data.phone_number_id !== 'string') {
        const err32 = {
          instancePath: instancePath + '/phone_number_id',
          schemaPath: '#/properties/phone_number_id/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err32];
        } else {
          vErrors.push(err32);
        }
        errors++;
      }
    }
    if (data.business_account_id !== undefined) {
      if (typeof data.business_account_id !== 'string') {
        const err33 = {
          instancePath: instancePath + '/business_account_id',
          schemaPath: '#/properties/business_account_id/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err33];
        } else {
          vErrors.push(err33);
        }
        errors++;
      }
    }
    if (data.send_rate !== undefined) {
      let data14 = data.send_rate;
      if (!(typeof data14 == 'number' && !(data14 % 1) && !isNaN(data14) && isFinite(data14))) {
        const err34 = {
          instancePath: instancePath + '/send_rate',
          schemaPath: '#/properties/send_rate/type',
          keyword: 'type',
          params: { type: 'integer' },
          message: 'must be integer',
        };
        if (vErrors === null) {
          vErrors = [err34];
        } else {
          vErrors.push(err34);
        }
        errors++;
      }
      if (typeof data14 == 'number' && isFinite(data14)) {
        if (data14 < 0 || isNaN(data14)) {
          const err35 = {
            instancePath: instancePath + '/send_rate',
            schemaPath: '#/properties/send_rate/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
            message: 'must be >= 0',
          };
          if (vErrors === null) {
            vErrors = [err35];
          } else {
            vErrors.push(err35);
          }
          errors++;
        }
      }
    }
    if (data.auto_close_session !== undefined) {
      let data15 = data.auto_close_session;
      if (!(data15 === 0 || data15 === 1)) {
        const err36 = {
          instancePath: instancePath + '/auto_close_session',
          schemaPath: '#/properties/auto_close_session/enum',
          keyword: 'enum',
          params: { allowedValues: schema70.properties.auto_close_session.enum },
          message: 'must be equal to one of the allowed values',
        };
        if (vErrors === null) {
          vErrors = [err36];
        } else {
          vErrors.push(err36);
        }
        errors++;
      }
    }
    if (data.session_expired_time !== undefined) {
      let data16 = data.session_expired_time;
      if (!(typeof data16 == 'number' && !(data16 % 1) && !isNaN(data16) && isFinite(data16))) {
        const err37 = {
          instancePath: instancePath + '/session_expired_time',
          schemaPath: '#/properties/session_expired_time/type',
          keyword: 'type',
          params: { type: 'integer' },
          message: 'must be integer',
        };
        if (vErrors === null) {
          vErrors = [err37];
        } else {
          vErrors.push(err37);
        }
        errors++;
      }
      if (typeof data16 == 'number' && isFinite(data16)) {
        if (data16 < 0 || isNaN(data16)) {
          const err38 = {
            instancePath: instancePath + '/session_expired_time',
            schemaPath: '#/properties/session_expired_time/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
            message: 'must be >= 0',
          };
          if (vErrors === null) {
            vErrors = [err38];
          } else {
            vErrors.push(err38);
          }
          errors++;
        }
      }
    }
    if (data.dids !== undefined) {
      let data17 = data.dids;
      if (Array.isArray(data17)) {
        const len1 = data17.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data18 = data17[i1];
          if (data18 && typeof data18 == 'object' && !Array.isArray(data18)) {
            if (data18.did_number === undefined) {
              const err39 = {
                instancePath: instancePath + '/dids/' + i1,
                schemaPath: 'msg-routing.json/required',
                keyword: 'required',
                params: { missingProperty: 'did_number' },
                message: "must have required property '" + 'did_number' + "'",
              };
              if (vErrors === null) {
                vErrors = [err39];
              } else {
                vErrors.push(err39);
              }
              errors++;
            }
            if (data18.did_number !== undefined) {
              if (typeof data18.did_number !== 'string') {
                const err40 = {
                  instancePath: instancePath + '/dids/' + i1 + '/did_number',
                  schemaPath: 'msg-routing.json/properties/did_number/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                };
                if (vErrors === null) {
                  vErrors = [err40];
                } else {
                  vErrors.push(err40);
                }
                errors++;
              }
            }
            if (data18.destination_type !== undefined) {
              let data20 = data18.destination_type;
              if (!(data20 === 'extension' || data20 === 'queue' || data20 === 'api')) {
                const err41 = {
                  instancePath: instancePath + '/dids/' + i1 + '/destination_type',
                  schemaPath: 'msg-routing.json/properties/destination_type/enum',
                  keyword: 'enum',
                  params: { allowedValues: schema69.properties.destination_type.enum },
                  message: 'must be equal to one of the allowed values',
                };
                if (vErrors === null) {
                  vErrors = [err41];
                } else {
                  vErrors.push(err41);
                }
                errors++;
              }
            }
            if (data18.destination_id !== undefined) {
              if (typeof data18.destination_id !== 'string') {
                const err42 = {
                  instancePath: instancePath + '/dids/' + i1 + '/destination_id',
                  schemaPath: 'msg-routing.json/properties/destination_id/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                };
                if (vErrors === null) {
                  vErrors = [err42];
                } else {
                  vErrors.push(err42);
                }
                errors++;
              }
            }
          } else {
            const err43 = {
              instancePath: instancePath + '/dids/' + i1,
              schemaPath: 'msg-routing.json/type',
              keyword: 'type',
              params: { type: 'object' },
              message: 'must be object',
            };
            if (vErrors === null) {
              vErrors = [err43];
            } else {
              vErrors.push(err43);
            }
            errors++;
          }
        }
      } else {
        const err44 = {
          instancePath: instancePath + '/dids',
          schemaPath: '#/properties/dids/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
        };
        if (vErrors === null) {
          vErrors = [err44];
        } else {
          vErrors.push(err44);
        }
        errors++;
      }
    }
    if (data.accompanying_msg !== undefined) {
      if (typeof data.accompanying_msg !== 'string') {
        const err45 = {
          instancePath: instancePath + '/accompanying_msg',
          schemaPath: '#/properties/accompanying_msg/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err45];
        } else {
          vErrors.push(err45);
        }
        errors++;
      }
    }
  } else {
    const err46 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err46];
    } else {
      vErrors.push(err46);
    }
    errors++;
  }
  validate56.errors = vErrors;
  return errors === 0;
}
validate56.evaluated = { props: true, dynamicProps: false, dynamicItems: false };

export const MessageChannelGetParams = validate57;
const schema72 = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://pbx-mock-kit.local/schemas/message-channel-get-params.json',
  title: 'MessageChannelGetParams',
  description: 'Query parameters of GET message_channel/get (besides access_token).',
  $comment:
    'Query values arrive as strings. Unknown parameters are ignored (OPEN; the mock ignores them).',
  type: 'object',
  properties: {
    id: {
      type: 'string',
      pattern: '^[0-9]{1,15}$',
      description: 'The channel id (required, DOC).',
    },
  },
  required: ['id'],
};

function validate57(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="https://pbx-mock-kit.local/schemas/message-channel-get-params.json" */ let vErrors =
    null;
  let errors = 0;
  const evaluated0 = validate57.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.id === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'id' },
        message: "must have required property '" + 'id' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.id !== undefined) {
      let data0 = data.id;
      if (typeof data0 === 'string') {
        if (!pattern4.test(data0)) {
          const err1 = {
            instancePath: instancePath + '/id',
            schemaPath: '#/properties/id/pattern',
            keyword: 'pattern',
            params: { pattern: '^[0-9]{1,15}$' },
            message: 'must match pattern "' + '^[0-9]{1,15}$' + '"',
          };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
      } else {
        const err2 = {
          instancePath: instancePath + '/id',
          schemaPath: '#/properties/id/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
  } else {
    const err3 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  validate57.errors = vErrors;
  return errors === 0;
}
validate57.evaluated = { props: { id: true }, dynamicProps: false, dynamicItems: false };

export const MessageChannelGetAnswer = validate58;
const schema73 = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://pbx-mock-kit.local/schemas/message-channel-get-answer.json',
  title: 'MessageChannelGetAnswer',
  description: 'Success answer of message_channel/get: one MsgChannel under the key data (DOC).',
  type: 'object',
  properties: {
    errcode: { const: 0 },
    errmsg: { const: 'SUCCESS' },
    data: { $ref: 'msg-channel.json' },
  },
  required: ['errcode', 'errmsg', 'data'],
  additionalProperties: false,
};

function validate58(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="https://pbx-mock-kit.local/schemas/message-channel-get-answer.json" */ let vErrors =
    null;
  let errors = 0;
  const evaluated0 = validate58.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.errcode === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'errcode' },
        message: "must have required property '" + 'errcode' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.errmsg === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'errmsg' },
        message: "must have required property '" + 'errmsg' + "'",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.data === undefined) {
      const err2 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'data' },
        message: "must have required property '" + 'data' + "'",
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === 'errcode' || key0 === 'errmsg' || key0 === 'data')) {
        const err3 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.errcode !== undefined) {
      if (0 !== data.errcode) {
        const err4 = {
          instancePath: instancePath + '/errcode',
          schemaPath: '#/properties/errcode/const',
          keyword: 'const',
          params: { allowedValue: 0 },
          message: 'must be equal to constant',
        };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.errmsg !== undefined) {
      if ('SUCCESS' !== data.errmsg) {
        const err5 = {
          instancePath: instancePath + '/errmsg',
          schemaPath: '#/properties/errmsg/const',
          keyword: 'const',
          params: { allowedValue: 'SUCCESS' },
          message: 'must be equal to constant',
        };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.data !== undefined) {
      if (
        !validate56(data.data, {
          instancePath: instancePath + '/data',
          parentData: data,
          parentDataProperty: 'data',
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate56.errors : vErrors.concat(validate56.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err6 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err6];
    } else {
      vErrors.push(err6);
    }
    errors++;
  }
  validate58.errors = vErrors;
  return errors === 0;
}
validate58.evaluated = { props: true, dynamicProps: false, dynamicItems: false };

export const MessageChannelQueryParams = validate60;
const schema74 = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://pbx-mock-kit.local/schemas/message-channel-query-params.json',
  title: 'MessageChannelQueryParams',
  description: 'Query parameters of GET message_channel/query (besides access_token).',
  $comment:
    "OPEN: the most ids one call may ask for; the mock accepts up to 100. Unknown ids are left out of the answer (OPEN; the mock's choice, as on message_session/query).",
  type: 'object',
  properties: {
    ids: {
      type: 'string',
      pattern: '^[0-9]{1,15}(,[0-9]{1,15}){0,99}$',
      description: 'Comma-separated channel ids (DOC).',
    },
  },
  required: ['ids'],
};

function validate60(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="https://pbx-mock-kit.local/schemas/message-channel-query-params.json" */ let vErrors =
    null;
  let errors = 0;
  const evaluated0 = validate60.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.ids === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'ids' },
        message: "must have required property '" + 'ids' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.ids !== undefined) {
      let data0 = data.ids;
      if (typeof data0 === 'string') {
        if (!pattern5.test(data0)) {
          const err1 = {
            instancePath: instancePath + '/ids',
            schemaPath: '#/properties/ids/pattern',
            keyword: 'pattern',
            params: { pattern: '^[0-9]{1,15}(,[0-9]{1,15}){0,99}$' },
            message: 'must match pattern "' + '^[0-9]{1,15}(,[0-9]{1,15}){0,99}$' + '"',
          };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
      } else {
        const err2 = {
          instancePath: instancePath + '/ids',
          schemaPath: '#/properties/ids/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
  } else {
    const err3 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  validate60.errors = vErrors;
  return errors === 0;
}
validate60.evaluated = { props: { ids: true }, dynamicProps: false, dynamicItems: false };

export const MessageChannelQueryAnswer = validate61;
const schema75 = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://pbx-mock-kit.local/schemas/message-channel-query-answer.json',
  title: 'MessageChannelQueryAnswer',
  description:
    'Success answer of message_channel/query: an array of MsgChannel under the key list (DOC), where message_channel/get says data.',
  type: 'object',
  properties: {
    errcode: { const: 0 },
    errmsg: { const: 'SUCCESS' },
    list: { type: 'array', items: { $ref: 'msg-channel.json' } },
  },
  required: ['errcode', 'errmsg', 'list'],
  additionalProperties: false,
};

function validate61(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="https://pbx-mock-kit.local/schemas/message-channel-query-answer.json" */ let vErrors =
    null;
  let errors = 0;
  const evaluated0 = validate61.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.errcode === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'errcode' },
        message: "must have required property '" + 'errcode' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.errmsg === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'errmsg' },
        message: "must have required property '" + 'errmsg' + "'",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.list === undefined) {
      const err2 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'list' },
        message: "must have required property '" + 'list' + "'",
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === 'errcode' || key0 === 'errmsg' || key0 === 'list')) {
        const err3 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.errcode !== undefined) {
      if (0 !== data.errcode) {
        const err4 = {
          instancePath: instancePath + '/errcode',
          schemaPath: '#/properties/errcode/const',
          keyword: 'const',
          params: { allowedValue: 0 },
          message: 'must be equal to constant',
        };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.errmsg !== undefined) {
      if ('SUCCESS' !== data.errmsg) {
        const err5 = {
          instancePath: instancePath + '/errmsg',
          schemaPath: '#/properties/errmsg/const',
          keyword: 'const',
          params: { allowedValue: 'SUCCESS' },
          message: 'must be equal to constant',
        };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.list !== undefined) {
      let data2 = data.list;
      if (Array.isArray(data2)) {
        const len0 = data2.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (
            !validate56(data2[i0], {
              instancePath: instancePath + '/list/' + i0,
              parentData: data2,
              parentDataProperty: i0,
              rootData,
              dynamicAnchors,
            })
          ) {
            vErrors = vErrors === null ? validate56.errors : vErrors.concat(validate56.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err6 = {
          instancePath: instancePath + '/list',
          schemaPath: '#/properties/list/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
        };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
  } else {
    const err7 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err7];
    } else {
      vErrors.push(err7);
    }
    errors++;
  }
  validate61.errors = vErrors;
  return errors === 0;
}
validate61.evaluated = { props: true, dynamicProps: false, dynamicItems: false };

export const MockProblemDocument = validate63;
const schema76 = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://pbx-mock-kit.local/schemas/mock-problem.json',
  title: 'MockProblemDocument',
  description:
    'A misuse of the mock itself (RFC 9457 application/problem+json, never HTTP 200): a malformed control request, an unknown forced errcode, a missing control token.',
  type: 'object',
  properties: {
    type: { type: 'string' },
    title: { type: 'string' },
    status: { type: 'integer', minimum: 400, maximum: 599 },
    detail: { type: 'string', description: 'What went wrong and what to do.' },
    code: {
      type: 'string',
      enum: [
        'PBX_MOCK_BAD_ERRCODE_PREFERENCE',
        'PBX_MOCK_UNKNOWN_ERRCODE',
        'PBX_MOCK_UNKNOWN_PREFERENCE',
        'PBX_MOCK_BAD_CODE_PREFERENCE',
        'PBX_MOCK_BAD_CONTROL_REQUEST',
        'PBX_MOCK_UNAUTHORIZED',
        'PBX_MOCK_HOST_REFUSED',
        'PBX_MOCK_ORIGIN_REFUSED',
        'PBX_MOCK_NOT_FOUND',
        'PBX_MOCK_METHOD_NOT_ALLOWED',
        'PBX_MOCK_CONFLICT',
        'PBX_MOCK_STORE_FULL',
        'PBX_MOCK_BODY_TOO_LARGE',
        'PBX_MOCK_NOT_JSON',
        'PBX_MOCK_INTERNAL',
      ],
      description: 'Stable code; docs/control-api.md lists each with its HTTP status and meaning.',
    },
    field: { type: 'string', description: 'The first request field at fault (control requests).' },
    errors: {
      type: 'array',
      items: {
        type: 'object',
        properties: { field: { type: 'string' }, message: { type: 'string' } },
        required: ['field', 'message'],
        additionalProperties: false,
      },
      description: 'Every field at fault, with what is wrong.',
    },
    known_errcodes: { type: 'array', items: { type: 'integer' } },
  },
  required: ['type', 'title', 'status', 'detail', 'code'],
};

function validate63(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="https://pbx-mock-kit.local/schemas/mock-problem.json" */ let vErrors = null;
  let errors = 0;
  const evaluated0 = validate63.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.type === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'type' },
        message: "must have required property '" + 'type' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.title === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'title' },
        message: "must have required property '" + 'title' + "'",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.status === undefined) {
      const err2 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'status' },
        message: "must have required property '" + 'status' + "'",
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.detail === undefined) {
      const err3 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'detail' },
        message: "must have required property '" + 'detail' + "'",
      };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.code === undefined) {
      const err4 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'code' },
        message: "must have required property '" + 'code' + "'",
      };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.type !== undefined) {
      if (typeof data.type !== 'string') {
        const err5 = {
          instancePath: instancePath + '/type',
          schemaPath: '#/properties/type/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.title !== undefined) {
      if (typeof data.title !== 'string') {
        const err6 = {
          instancePath: instancePath + '/title',
          schemaPath: '#/properties/title/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.status !== undefined) {
      let data2 = data.status;
      if (!(typeof data2 == 'number' && !(data2 % 1) && !isNaN(data2) && isFinite(data2))) {
        const err7 = {
          instancePath: instancePath + '/status',
          schemaPath: '#/properties/status/type',
          keyword: 'type',
          params: { type: 'integer' },
          message: 'must be integer',
        };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
      if (typeof data2 == 'number' && isFinite(data2)) {
        if (data2 > 599 || isNaN(data2)) {
          const err8 = {
            instancePath: instancePath + '/status',
            schemaPath: '#/properties/status/maximum',
            keyword: 'maximum',
            params: { comparison: '<=', limit: 599 },
            message: 'must be <= 599',
          };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
        if (data2 < 400 || isNaN(data2)) {
          const err9 = {
            instancePath: instancePath + '/status',
            schemaPath: '#/properties/status/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 400 },
            message: 'must be >= 400',
          };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
      }
    }
    if (data.detail !== undefined) {
      if (typeof data.detail !== 'string') {
        const err10 = {
          instancePath: instancePath + '/detail',
          schemaPath: '#/properties/detail/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.code !== undefined) {
      let data4 = data.code;
      if (typeof data4 !== 'string') {
        const err11 = {
          instancePath: instancePath + '/code',
          schemaPath: '#/properties/code/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
      if (!(
        data4 === 'PBX_MOCK_BAD_ERRCODE_PREFERENCE' ||
        data4 === 'PBX_MOCK_UNKNOWN_ERRCODE' ||
        data4 === 'PBX_MOCK_UNKNOWN_PREFERENCE' ||
        data4 === 'PBX_MOCK_BAD_CODE_PREFERENCE' ||
        data4 === 'PBX_MOCK_BAD_CONTROL_REQUEST' ||
        data4 === 'PBX_MOCK_UNAUTHORIZED' ||
        data4 === 'PBX_MOCK_HOST_REFUSED' ||
        data4 === 'PBX_MOCK_ORIGIN_REFUSED' ||
        data4 === 'PBX_MOCK_NOT_FOUND' ||
        data4 === 'PBX_MOCK_METHOD_NOT_ALLOWED' ||
        data4 === 'PBX_MOCK_CONFLICT' ||
        data4 === 'PBX_MOCK_STORE_FULL' ||
        data4 === 'PBX_MOCK_BODY_TOO_LARGE' ||
        data4 === 'PBX_MOCK_NOT_JSON' ||
        data4 === 'PBX_MOCK_INTERNAL'
      )) {
        const err12 = {
          instancePath: instancePath + '/code',
          schemaPath: '#/properties/code/enum',
          keyword: 'enum',
          params: { allowedValues: schema76.properties.code.enum },
          message: 'must be equal to one of the allowed values',
        };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.field !== undefined) {
      if (typeof data.field !== 'string') {
        const err13 = {
          instancePath: instancePath + '/field',
          schemaPath: '#/properties/field/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.errors !== undefined) {
      let data6 = data.errors;
      if (Array.isArray(data6)) {
        const len0 = data6.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data7 = data6[i0];
          if (data7 && typeof data7 == 'object' && !Array.isArray(data7)) {
            if (data7.field === undefined) {
              const err14 = {
                instancePath: instancePath + '/errors/' + i0,
                schemaPath: '#/properties/errors/items/required',
                keyword: 'required',
                params: { missingProperty: 'field' },
                message: "must have required property '" + 'field' + "'",
              };
              if (vErrors === null) {
                vErrors = [err14];
              } else {
                vErrors.push(err14);
              }
              errors++;
            }
            if (data7.message === undefined) {
              const err15 = {
                instancePath: instancePath + '/errors/' + i0,
                schemaPath: '#/properties/errors/items/required',
                keyword: 'required',
                params: { missingProperty: 'message' },
                message: "must have required property '" + 'message' + "'",
              };
              if (vErrors === null) {
                vErrors = [err15];
              } else {
                vErrors.push(err15);
              }
              errors++;
            }
            for (const key0 in data7) {
              if (!(key0 === 'field' || key0 === 'message')) {
                const err16 = {
                  instancePath: instancePath + '/errors/' + i0,
                  schemaPath: '#/properties/errors/items/additionalProperties',
                  keyword: 'additionalProperties',
                  params: { additionalProperty: key0 },
                  message: 'must NOT have additional properties',
                };
                if (vErrors === null) {
                  vErrors = [err16];
                } else {
                  vErrors.push(err16);
                }
                errors++;
              }
            }
            if (data7.field !== undefined) {
              if (typeof data7.field !== 'string') {
                const err17 = {
                  instancePath: instancePath + '/errors/' + i0 + '/field',
                  schemaPath: '#/properties/errors/items/properties/field/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                };
                if (vErrors === null) {
                  vErrors = [err17];
                } else {
                  vErrors.push(err17);
                }
                errors++;
              }
            }
            if (data7.message !== undefined) {
              if (typeof data7.message !== 'string') {
                const err18 = {
                  instancePath: instancePath + '/errors/' + i0 + '/message',
                  schemaPath: '#/properties/errors/items/properties/message/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                };
                if (vErrors === null) {
                  vErrors = [err18];
                } else {
                  vErrors.push(err18);
                }
                errors++;
              }
            }
          } else {
            const err19 = {
              instancePath: instancePath + '/errors/' + i0,
              schemaPath: '#/properties/errors/items/type',
              keyword: 'type',
              params: { type: 'object' },
              message: 'must be object',
            };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
        }
      } else {
        const err20 = {
          instancePath: instancePath + '/errors',
          schemaPath: '#/properties/errors/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
        };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
    if (data.known_errcodes !== undefined) {
      let data10 = data.known_errcodes;
      if (Array.isArray(data10)) {
        const len1 = data10.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data11 = data10[i1];
          if (!(typeof data11 == 'number' && !(data11 % 1) && !isNaN(data11) && isFinite(data11))) {
            const err21 = {
              instancePath: instancePath + '/known_errcodes/' + i1,
              schemaPath: '#/properties/known_errcodes/items/type',
              keyword: 'type',
              params: { type: 'integer' },
              message: 'must be integer',
            };
            if (vErrors === null) {
              vErrors = [err21];
            } else {
              vErrors.push(err21);
            }
            errors++;
          }
        }
      } else {
        const err22 = {
          instancePath: instancePath + '/known_errcodes',
          schemaPath: '#/properties/known_errcodes/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
        };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
    }
  } else {
    const err23 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err23];
    } else {
      vErrors.push(err23);
    }
    errors++;
  }
  validate63.errors = vErrors;
  return errors === 0;
}
validate63.evaluated = {
  props: {
    type: true,
    title: true,
    status: true,
    detail: true,
    code: true,
    field: true,
    errors: true,
    known_errcodes: true,
  },
  dynamicProps: false,
  dynamicItems: false,
};

export const ControlDelay = validate64;
const schema77 = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://pbx-mock-kit.local/schemas/control-delay.json',
  title: 'ControlDelay',
  description: 'Latency before the answer: a fixed ms, or a random one between min_ms and max_ms.',
  type: 'object',
  properties: {
    ms: { type: 'integer', minimum: 0, maximum: 600000 },
    min_ms: { type: 'integer', minimum: 0, maximum: 600000 },
    max_ms: { type: 'integer', minimum: 0, maximum: 600000 },
  },
  minProperties: 1,
  additionalProperties: false,
  dependentRequired: { min_ms: ['max_ms'], max_ms: ['min_ms'] },
  dependentSchemas: { ms: { type: 'object', properties: { min_ms: false, max_ms: false } } },
};

function validate64(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="https://pbx-mock-kit.local/schemas/control-delay.json" */ let vErrors = null;
  let errors = 0;
  const evaluated0 = validate64.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (Object.keys(data).length < 1) {
      const err0 = {
        instancePath,
        schemaPath: '#/minProperties',
        keyword: 'minProperties',
        params: { limit: 1 },
        message: 'must NOT have fewer than 1 properties',
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === 'ms' || key0 === 'min_ms' || key0 === 'max_ms')) {
        const err1 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.ms !== undefined) {
      let data0 = data.ms;
      if (!(typeof data0 == 'number' && !(data0 % 1) && !isNaN(data0) && isFinite(data0))) {
        const err2 = {
          instancePath: instancePath + '/ms',
          schemaPath: '#/properties/ms/type',
          keyword: 'type',
          params: { type: 'integer' },
          message: 'must be integer',
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
      if (typeof data0 == 'number' && isFinite(data0)) {
        if (data0 > 600000 || isNaN(data0)) {
          const err3 = {
            instancePath: instancePath + '/ms',
            schemaPath: '#/properties/ms/maximum',
            keyword: 'maximum',
            params: { comparison: '<=', limit: 600000 },
            message: 'must be <= 600000',
          };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        if (data0 < 0 || isNaN(data0)) {
          const err4 = {
            instancePath: instancePath + '/ms',
            schemaPath: '#/properties/ms/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
            message: 'must be >= 0',
          };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      }
    }
    if (data.min_ms !== undefined) {
      let data1 = data.min_ms;
      if (!(typeof data1 == 'number' && !(data1 % 1) && !isNaN(data1) && isFinite(data1))) {
        const err5 = {
          instancePath: instancePath + '/min_ms',
          schemaPath: '#/properties/min_ms/type',
          keyword: 'type',
          params: { type: 'integer' },
          message: 'must be integer',
        };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
      if (typeof data1 == 'number' && isFinite(data1)) {
        if (data1 > 600000 || isNaN(data1)) {
          const err6 = {
            instancePath: instancePath + '/min_ms',
            schemaPath: '#/properties/min_ms/maximum',
            keyword: 'maximum',
            params: { comparison: '<=', limit: 600000 },
            message: 'must be <= 600000',
          };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
        if (data1 < 0 || isNaN(data1)) {
          const err7 = {
            instancePath: instancePath + '/min_ms',
            schemaPath: '#/properties/min_ms/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
            message: 'must be >= 0',
          };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      }
    }
    if (data.max_ms !== undefined) {
      let data2 = data.max_ms;
      if (!(typeof data2 == 'number' && !(data2 % 1) && !isNaN(data2) && isFinite(data2))) {
        const err8 = {
          instancePath: instancePath + '/max_ms',
          schemaPath: '#/properties/max_ms/type',
          keyword: 'type',
          params: { type: 'integer' },
          message: 'must be integer',
        };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
      if (typeof data2 == 'number' && isFinite(data2)) {
        if (data2 > 600000 || isNaN(data2)) {
          const err9 = {
            instancePath: instancePath + '/max_ms',
            schemaPath: '#/properties/max_ms/maximum',
            keyword: 'maximum',
            params: { comparison: '<=', limit: 600000 },
            message: 'must be <= 600000',
          };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
        if (data2 < 0 || isNaN(data2)) {
          const err10 = {
            instancePath: instancePath + '/max_ms',
            schemaPath: '#/properties/max_ms/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
            message: 'must be >= 0',
          };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
      }
    }
    if (data.min_ms !== undefined) {
      if (data.max_ms === undefined) {
        const err11 = {
          instancePath,
          schemaPath: '#/dependentRequired',
          keyword: 'dependentRequired',
          params: { property: 'min_ms', missingProperty: 'max_ms', depsCount: 1, deps: 'max_ms' },
          message: 'must have property max_ms when property min_ms is present',
        };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.max_ms !== undefined) {
      if (data.min_ms === undefined) {
        const err12 = {
          instancePath,
          schemaPath: '#/dependentRequired',
          keyword: 'dependentRequired',
          params: { property: 'max_ms', missingProperty: 'min_ms', depsCount: 1, deps: 'min_ms' },
          message: 'must have property min_ms when property max_ms is present',
        };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.ms !== undefined) {
      if (data && typeof data == 'object' && !Array.isArray(data)) {
        if (data.min_ms !== undefined) {
          const err13 = {
            instancePath: instancePath + '/min_ms',
            schemaPath: '#/dependentSchemas/ms/properties/min_ms/false schema',
            keyword: 'false schema',
            params: {},
            message: 'boolean schema is false',
          };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
        if (data.max_ms !== undefined) {
          const err14 = {
            instancePath: instancePath + '/max_ms',
            schemaPath: '#/dependentSchemas/ms/properties/max_ms/false schema',
            keyword: 'false schema',
            params: {},
            message: 'boolean schema is false',
          };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
      } else {
        const err15 = {
          instancePath,
          schemaPath: '#/dependentSchemas/ms/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
        };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
  } else {
    const err16 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err16];
    } else {
      vErrors.push(err16);
    }
    errors++;
  }
  validate64.errors = vErrors;
  return errors === 0;
}
validate64.evaluated = { props: true, dynamicProps: false, dynamicItems: false };

export const ControlFault = validate65;
const schema78 = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://pbx-mock-kit.local/schemas/control-fault.json',
  title: 'ControlFault',
  description:
    "A failure of the device or the network in front of it. reset: the connection is reset (RST); empty: closed without a reply; truncated: the JSON answer cut short; malformed: an answer that is not valid JSON; proxy-error: a reverse proxy's HTML error page; never: no reply until the client gives up.",
  type: 'object',
  properties: {
    type: { enum: ['reset', 'empty', 'truncated', 'malformed', 'proxy-error', 'never'] },
    status: {
      enum: [502, 503, 504],
      description: 'proxy-error only: the HTTP status (default 502).',
    },
  },
  required: ['type'],
  additionalProperties: false,
  if: { type: 'object', properties: { type: { not: { const: 'proxy-error' } } } },
  then: { type: 'object', properties: { status: false } },
};

function validate65(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="https://pbx-mock-kit.local/schemas/control-fault.json" */ let vErrors = null;
  let errors = 0;
  const evaluated0 = validate65.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  const _errs1 = errors;
  let valid0 = true;
  const _errs2 = errors;
  if (errors === _errs2) {
    if (data && typeof data == 'object' && !Array.isArray(data)) {
      if (data.type !== undefined) {
        const _errs5 = errors;
        const _errs6 = errors;
        if ('proxy-error' !== data.type) {
          const err0 = {};
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
        var valid2 = _errs6 === errors;
        if (valid2) {
          const err1 = {};
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        } else {
          errors = _errs5;
          if (vErrors !== null) {
            if (_errs5) {
              vErrors.length = _errs5;
            } else {
              vErrors = null;
            }
          }
        }
      }
    } else {
      const err2 = {};
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
  }
  var _valid0 = _errs2 === errors;
  errors = _errs1;
  if (vErrors !== null) {
    if (_errs1) {
      vErrors.length = _errs1;
    } else {
      vErrors = null;
    }
  }
  if (_valid0) {
    const _errs7 = errors;
    if (data && typeof data == 'object' && !Array.isArray(data)) {
      if (data.status !== undefined) {
        const err3 = {
          instancePath: instancePath + '/status',
          schemaPath: '#/then/properties/status/false schema',
          keyword: 'false schema',
          params: {},
          message: 'boolean schema is false',
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    } else {
      const err4 = {
        instancePath,
        schemaPath: '#/then/type',
        keyword: 'type',
        params: { type: 'object' },
        message: 'must be object',
      };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    var _valid0 = _errs7 === errors;
    valid0 = _valid0;
    if (valid0) {
      var props0 = {};
      props0.status = true;
      props0.type = true;
    }
  }
  if (!valid0) {
    const err5 = {
      instancePath,
      schemaPath: '#/if',
      keyword: 'if',
      params: { failingKeyword: 'then' },
      message: 'must match "then" schema',
    };
    if (vErrors === null) {
      vErrors = [err5];
    } else {
      vErrors.push(err5);
    }
    errors++;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.type === undefined) {
      const err6 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'type' },
        message: "must have required property '" + 'type' + "'",
      };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === 'type' || key0 === 'status')) {
        const err7 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
        };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.type !== undefined) {
      let data2 = data.type;
      if (!(
        data2 === 'reset' ||
        data2 === 'empty' ||
        data2 === 'truncated' ||
        data2 === 'malformed' ||
        data2 === 'proxy-error' ||
        data2 === 'never'
      )) {
        const err8 = {
          instancePath: instancePath + '/type',
          schemaPath: '#/properties/type/enum',
          keyword: 'enum',
          params: { allowedValues: schema78.properties.type.enum },
          message: 'must be equal to one of the allowed values',
        };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.status !== undefined) {
      let data3 = data.status;
      if (!(data3 === 502 || data3 === 503 || data3 === 504)) {
        const err9 = {
          instancePath: instancePath + '/status',
          schemaPath: '#/properties/status/enum',
          keyword: 'enum',
          params: { allowedValues: schema78.properties.status.enum },
          message: 'must be equal to one of the allowed values',
        };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
  } else {
    const err10 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err10];
    } else {
      vErrors.push(err10);
    }
    errors++;
  }
  validate65.errors = vErrors;
  return errors === 0;
}
validate65.evaluated = { props: true, dynamicProps: false, dynamicItems: false };

export const ControlSessionChoice = validate66;
const schema79 = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://pbx-mock-kit.local/schemas/control-session-choice.json',
  title: 'ControlSessionChoice',
  description:
    'The session a rule serves to message_session/get or message_session/query: a stored one by id, or the first seeded session of a variant. It carries the id the request asked for.',
  type: 'object',
  properties: {
    id: { type: 'integer', minimum: 1, description: 'Serve this stored session.' },
    channel_type: { $ref: 'session-info.json#/properties/channel_type' },
    origin: { $ref: 'session-info.json#/properties/origin' },
    queued: {
      type: 'boolean',
      description: 'true: still queued (participants filled); false: taken over (no participants).',
    },
  },
  minProperties: 1,
  additionalProperties: false,
  dependentSchemas: {
    id: { type: 'object', properties: { channel_type: false, origin: false, queued: false } },
  },
};
const schema80 = {
  enum: ['sms', 'whatsapp', 'facebook', 'livechat'],
  description: 'Messaging channel type (DOC).',
};
const schema81 = {
  enum: ['campaign', ''],
  description:
    'campaign when a message campaign created the session; empty when an extension user or the API did (DOC).',
};

function validate66(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="https://pbx-mock-kit.local/schemas/control-session-choice.json" */ let vErrors =
    null;
  let errors = 0;
  const evaluated0 = validate66.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (Object.keys(data).length < 1) {
      const err0 = {
        instancePath,
        schemaPath: '#/minProperties',
        keyword: 'minProperties',
        params: { limit: 1 },
        message: 'must NOT have fewer than 1 properties',
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === 'id' || key0 === 'channel_type' || key0 === 'origin' || key0 === 'queued')) {
        const err1 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.id !== undefined) {
      let data0 = data.id;
      if (!(typeof data0 == 'number' && !(data0 % 1) && !isNaN(data0) && isFinite(data0))) {
        const err2 = {
          instancePath: instancePath + '/id',
          schemaPath: '#/properties/id/type',
          keyword: 'type',
          params: { type: 'integer' },
          message: 'must be integer',
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
      if (typeof data0 == 'number' && isFinite(data0)) {
        if (data0 < 1 || isNaN(data0)) {
          const err3 = {
            instancePath: instancePath + '/id',
            schemaPath: '#/properties/id/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 1 },
            message: 'must be >= 1',
          };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      }
    }
    if (data.channel_type !== undefined) {
      let data1 = data.channel_type;
      if (!(
        data1 === 'sms' ||
        data1 === 'whatsapp' ||
        data1 === 'facebook' ||
        data1 === 'livechat'
      )) {
        const err4 = {
          instancePath: instancePath + '/channel_type',
          schemaPath: 'session-info.json#/properties/channel_type/enum',
          keyword: 'enum',
          params: { allowedValues: schema80.enum },
          message: 'must be equal to one of the allowed values',
        };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.origin !== undefined) {
      let data2 = data.origin;
      if (!(data2 === 'campaign' || data2 === '')) {
        const err5 = {
          instancePath: instancePath + '/origin',
          schemaPath: 'session-info.json#/properties/origin/enum',
          keyword: 'enum',
          params: { allowedValues: schema81.enum },
          message: 'must be equal to one of the allowed values',
        };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.queued !== undefined) {
      if (typeof data.queued !== 'boolean') {
        const err6 = {
          instancePath: instancePath + '/queued',
          schemaPath: '#/properties/queued/type',
          keyword: 'type',
          params: { type: 'boolean' },
          message: 'must be boolean',
        };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.id !== undefined) {
      if (data && typeof data == 'object' && !Array.isArray(data)) {
        if (data.channel_type !== undefined) {
          const err7 = {
            instancePath: instancePath + '/channel_type',
            schemaPath: '#/dependentSchemas/id/properties/channel_type/false schema',
            keyword: 'false schema',
            params: {},
            message: 'boolean schema is false',
          };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        if (data.origin !== undefined) {
          const err8 = {
            instancePath: instancePath + '/origin',
            schemaPath: '#/dependentSchemas/id/properties/origin/false schema',
            keyword: 'false schema',
            params: {},
            message: 'boolean schema is false',
          };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
        if (data.queued !== undefined) {
          const err9 = {
            instancePath: instancePath + '/queued',
            schemaPath: '#/dependentSchemas/id/properties/queued/false schema',
            keyword: 'false schema',
            params: {},
            message: 'boolean schema is false',
          };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
      } else {
        const err10 = {
          instancePath,
          schemaPath: '#/dependentSchemas/id/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
        };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
  } else {
    const err11 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err11];
    } else {
      vErrors.push(err11);
    }
    errors++;
  }
  validate66.errors = vErrors;
  return errors === 0;
}
validate66.evaluated = { props: true, dynamicProps: false, dynamicItems: false };

export const ControlRuleMatch = validate67;
const schema82 = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://pbx-mock-kit.local/schemas/control-rule-match.json',
  title: 'ControlRuleMatch',
  description:
    'What a request must look like for a rule to answer it; every given criterion must hold. Empty or absent: every device request (a global rule).',
  type: 'object',
  properties: {
    path: {
      type: 'string',
      minLength: 1,
      maxLength: 256,
      description:
        'An endpoint name (message_session/get) or a full path (/openapi/v1.0/message_session/get); a trailing * matches any suffix (message_session/*).',
    },
    method: {
      enum: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS'],
      description: 'The HTTP method.',
    },
    query: {
      type: 'object',
      additionalProperties: { type: 'string', maxLength: 1024 },
      maxProperties: 32,
      description:
        'Query parameters that must be present once with exactly these values, e.g. {"id": "5"}.',
    },
    headers: {
      type: 'object',
      propertyNames: { pattern: "^[A-Za-z0-9!#$%&'*+.^_`|~-]{1,64}$" },
      additionalProperties: { type: 'string', maxLength: 1024 },
      maxProperties: 16,
      description: 'Request headers (names case-insensitive) that must carry exactly these values.',
    },
    call: {
      type: 'integer',
      minimum: 1,
      maximum: 1000000,
      description:
        'Answer from the n-th request that meets the other criteria on (1 = the first); earlier ones get the normal answer.',
    },
  },
  additionalProperties: false,
};
const pattern24 = new RegExp("^[A-Za-z0-9!#$%&'*+.^_`|~-]{1,64}$", 'u');

function validate67(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="https://pbx-mock-kit.local/schemas/control-rule-match.json" */ let vErrors = null;
  let errors = 0;
  const evaluated0 = validate67.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(
        key0 === 'path' ||
        key0 === 'method' ||
        key0 === 'query' ||
        key0 === 'headers' ||
        key0 === 'call'
      )) {
        const err0 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
        };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.path !== undefined) {
      let data0 = data.path;
      if (typeof data0 === 'string') {
        if (func1(data0) > 256) {
          const err1 = {
            instancePath: instancePath + '/path',
            schemaPath: '#/properties/path/maxLength',
            keyword: 'maxLength',
            params: { limit: 256 },
            message: 'must NOT have more than 256 characters',
          };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
        if (func1(data0) < 1) {
          const err2 = {
            instancePath: instancePath + '/path',
            schemaPath: '#/properties/path/minLength',
            keyword: 'minLength',
            params: { limit: 1 },
            message: 'must NOT have fewer than 1 characters',
          };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      } else {
        const err3 = {
          instancePath: instancePath + '/path',
          schemaPath: '#/properties/path/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.method !== undefined) {
      let data1 = data.method;
      if (!(
        data1 === 'GET' ||
        data1 === 'POST' ||
        data1 === 'PUT' ||
        data1 === 'PATCH' ||
        data1 === 'DELETE' ||
        data1 === 'HEAD' ||
        data1 === 'OPTIONS'
      )) {
        const err4 = {
          instancePath: instancePath + '/method',
          schemaPath: '#/properties/method/enum',
          keyword: 'enum',
          params: { allowedValues: schema82.properties.method.enum },
          message: 'must be equal to one of the allowed values',
        };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.query !== undefined) {
      let data2 = data.query;
      if (data2 && typeof data2 == 'object' && !Array.isArray(data2)) {
        if (Object.keys(data2).length > 32) {
          const err5 = {
            instancePath: instancePath + '/query',
            schemaPath: '#/properties/query/maxProperties',
            keyword: 'maxProperties',
            params: { limit: 32 },
            message: 'must NOT have more than 32 properties',
          };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
        for (const key1 in data2) {
          let data3 = data2[key1];
          if (typeof data3 === 'string') {
            if (func1(data3) > 1024) {
              const err6 = {
                instancePath:
                  instancePath + '/query/' + key1.replace(/~/g, '~0').replace(/\//g, '~1'),
                schemaPath: '#/properties/query/additionalProperties/maxLength',
                keyword: 'maxLength',
                params: { limit: 1024 },
                message: 'must NOT have more than 1024 characters',
              };
              if (vErrors === null) {
                vErrors = [err6];
              } else {
                vErrors.push(err6);
              }
              errors++;
            }
          } else {
            const err7 = {
              instancePath:
                instancePath + '/query/' + key1.replace(/~/g, '~0').replace(/\//g, '~1'),
              schemaPath: '#/properties/query/additionalProperties/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
            };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
        }
      } else {
        const err8 = {
          instancePath: instancePath + '/query',
          schemaPath: '#/properties/query/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
        };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.headers !== undefined) {
      let data4 = data.headers;
      if (data4 && typeof data4 == 'object' && !Array.isArray(data4)) {
        if (Object.keys(data4).length > 16) {
          const err9 = {
            instancePath: instancePath + '/headers',
            schemaPath: '#/properties/headers/maxProperties',
            keyword: 'maxProperties',
            params: { limit: 16 },
            message: 'must NOT have more than 16 properties',
          };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
        for (const key2 in data4) {
          const _errs12 = errors;
          if (typeof key2 === 'string') {
            if (!pattern24.test(key2)) {
              const err10 = {
                instancePath: instancePath + '/headers',
                schemaPath: '#/properties/headers/propertyNames/pattern',
                keyword: 'pattern',
                params: { pattern: "^[A-Za-z0-9!#$%&'*+.^_`|~-]{1,64}$" },
                message: 'must match pattern "' + "^[A-Za-z0-9!#$%&'*+.^_`|~-]{1,64}$" + '"',
                propertyName: key2,
              };
              if (vErrors === null) {
                vErrors = [err10];
              } else {
                vErrors.push(err10);
              }
              errors++;
            }
          }
          var valid2 = _errs12 === errors;
          if (!valid2) {
            const err11 = {
              instancePath: instancePath + '/headers',
              schemaPath: '#/properties/headers/propertyNames',
              keyword: 'propertyNames',
              params: { propertyName: key2 },
              message: 'property name must be valid',
            };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
        }
        for (const key3 in data4) {
          let data5 = data4[key3];
          if (typeof data5 === 'string') {
            if (func1(data5) > 1024) {
              const err12 = {
                instancePath:
                  instancePath + '/headers/' + key3.replace(/~/g, '~0').replace(/\//g, '~1'),
                schemaPath: '#/properties/headers/additionalProperties/maxLength',
                keyword: 'maxLength',
                params: { limit: 1024 },
                message: 'must NOT have more than 1024 characters',
              };
              if (vErrors === null) {
                vErrors = [err12];
              } else {
                vErrors.push(err12);
              }
              errors++;
            }
          } else {
            const err13 = {
              instancePath:
                instancePath + '/headers/' + key3.replace(/~/g, '~0').replace(/\//g, '~1'),
              schemaPath: '#/properties/headers/additionalProperties/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
            };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
        }
      } else {
        const err14 = {
          instancePath: instancePath + '/headers',
          schemaPath: '#/properties/headers/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
        };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.call !== undefined) {
      let data6 = data.call;
      if (!(typeof data6 == 'number' && !(data6 % 1) && !isNaN(data6) && isFinite(data6))) {
        const err15 = {
          instancePath: instancePath + '/call',
          schemaPath: '#/properties/call/type',
          keyword: 'type',
          params: { type: 'integer' },
          message: 'must be integer',
        };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
      if (typeof data6 == 'number' && isFinite(data6)) {
        if (data6 > 1000000 || isNaN(data6)) {
          const err16 = {
            instancePath: instancePath + '/call',
            schemaPath: '#/properties/call/maximum',
            keyword: 'maximum',
            params: { comparison: '<=', limit: 1000000 },
            message: 'must be <= 1000000',
          };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
        if (data6 < 1 || isNaN(data6)) {
          const err17 = {
            instancePath: instancePath + '/call',
            schemaPath: '#/properties/call/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 1 },
            message: 'must be >= 1',
          };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
      }
    }
  } else {
    const err18 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err18];
    } else {
      vErrors.push(err18);
    }
    errors++;
  }
  validate67.errors = vErrors;
  return errors === 0;
}
validate67.evaluated = { props: true, dynamicProps: false, dynamicItems: false };

export const ControlRuleAnswer = validate68;
const schema83 = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://pbx-mock-kit.local/schemas/control-rule-answer.json',
  title: 'ControlRuleAnswer',
  description:
    'What a matching request gets: one of errcode, session or fault, optionally after a delay; a delay alone delays the normal answer.',
  type: 'object',
  properties: {
    errcode: {
      type: 'integer',
      not: { const: 0 },
      description:
        "HTTP 200 with this errcode and the catalogue's errmsg; it must be in the catalogue (configured extras included).",
    },
    session: { $ref: 'control-session-choice.json' },
    fault: { $ref: 'control-fault.json' },
    delay: { $ref: 'control-delay.json' },
  },
  minProperties: 1,
  additionalProperties: false,
  dependentSchemas: {
    errcode: { type: 'object', properties: { session: false, fault: false } },
    session: { type: 'object', properties: { fault: false } },
  },
};

function validate68(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="https://pbx-mock-kit.local/schemas/control-rule-answer.json" */ let vErrors = null;
  let errors = 0;
  const evaluated0 = validate68.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (Object.keys(data).length < 1) {
      const err0 = {
        instancePath,
        schemaPath: '#/minProperties',
        keyword: 'minProperties',
        params: { limit: 1 },
        message: 'must NOT have fewer than 1 properties',
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === 'errcode' || key0 === 'session' || key0 === 'fault' || key0 === 'delay')) {
        const err1 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.errcode !== undefined) {
      let data0 = data.errcode;
      if (!(typeof data0 == 'number' && !(data0 % 1) && !isNaN(data0) && isFinite(data0))) {
        const err2 = {
          instancePath: instancePath + '/errcode',
          schemaPath: '#/properties/errcode/type',
          keyword: 'type',
          params: { type: 'integer' },
          message: 'must be integer',
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
      const _errs4 = errors;
      const _errs5 = errors;
      if (0 !== data0) {
        const err3 = {};
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      var valid1 = _errs5 === errors;
      if (valid1) {
        const err4 = {
          instancePath: instancePath + '/errcode',
          schemaPath: '#/properties/errcode/not',
          keyword: 'not',
          params: {},
          message: 'must NOT be valid',
        };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      } else {
        errors = _errs4;
        if (vErrors !== null) {
          if (_errs4) {
            vErrors.length = _errs4;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.session !== undefined) {
      if (
        !validate66(data.session, {
          instancePath: instancePath + '/session',
          parentData: data,
          parentDataProperty: 'session',
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate66.errors : vErrors.concat(validate66.errors);
        errors = vErrors.length;
      }
    }
    if (data.fault !== undefined) {
      let data2 = data.fault;
      const _errs10 = errors;
      let valid3 = true;
      const _errs11 = errors;
      if (errors === _errs11) {
        if (data2 && typeof data2 == 'object' && !Array.isArray(data2)) {
          if (data2.type !== undefined) {
            const _errs14 = errors;
            const _errs15 = errors;
            if ('proxy-error' !== data2.type) {
              const err5 = {};
              if (vErrors === null) {
                vErrors = [err5];
              } else {
                vErrors.push(err5);
              }
              errors++;
            }
            var valid5 = _errs15 === errors;
            if (valid5) {
              const err6 = {};
              if (vErrors === null) {
                vErrors = [err6];
              } else {
                vErrors.push(err6);
              }
              errors++;
            } else {
              errors = _errs14;
              if (vErrors !== null) {
                if (_errs14) {
                  vErrors.length = _errs14;
                } else {
                  vErrors = null;
                }
              }
            }
          }
        } else {
          const err7 = {};
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      }
      var _valid0 = _errs11 === errors;
      errors = _errs10;
      if (vErrors !== null) {
        if (_errs10) {
          vErrors.length = _errs10;
        } else {
          vErrors = null;
        }
      }
      if (_valid0) {
        const _errs16 = errors;
        if (data2 && typeof data2 == 'object' && !Array.isArray(data2)) {
          if (data2.status !== undefined) {
            const err8 = {
              instancePath: instancePath + '/fault/status',
              schemaPath: 'control-fault.json/then/properties/status/false schema',
              keyword: 'false schema',
              params: {},
              message: 'boolean schema is false',
            };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
        } else {
          const err9 = {
            instancePath: instancePath + '/fault',
            schemaPath: 'control-fault.json/then/type',
            keyword: 'type',
            params: { type: 'object' },
            message: 'must be object',
          };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
        var _valid0 = _errs16 === errors;
        valid3 = _valid0;
        if (valid3) {
          var props0 = {};
          props0.status = true;
          props0.type = true;
        }
      }
      if (!valid3) {
        const err10 = {
          instancePath: instancePath + '/fault',
          schemaPath: 'control-fault.json/if',
          keyword: 'if',
          params: { failingKeyword: 'then' },
          message: 'must match "then" schema',
        };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
      if (data2 && typeof data2 == 'object' && !Array.isArray(data2)) {
        if (data2.type === undefined) {
          const err11 = {
            instancePath: instancePath + '/fault',
            schemaPath: 'control-fault.json/required',
            keyword: 'required',
            params: { missingProperty: 'type' },
            message: "must have required property '" + 'type' + "'",
          };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
        for (const key1 in data2) {
          if (!(key1 === 'type' || key1 === 'status')) {
            const err12 = {
              instancePath: instancePath + '/fault',
              schemaPath: 'control-fault.json/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key1 },
              message: 'must NOT have additional properties',
            };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
        }
        if (data2.type !== undefined) {
          let data5 = data2.type;
          if (!(
            data5 === 'reset' ||
            data5 === 'empty' ||
            data5 === 'truncated' ||
            data5 === 'malformed' ||
            data5 === 'proxy-error' ||
            data5 === 'never'
          )) {
            const err13 = {
              instancePath: instancePath + '/fault/type',
              schemaPath: 'control-fault.json/properties/type/enum',
              keyword: 'enum',
              params: { allowedValues: schema78.properties.type.enum },
              message: 'must be equal to one of the allowed values',
            };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
        }
        if (data2.status !== undefined) {
          let data6 = data2.status;
          if (!(data6 === 502 || data6 === 503 || data6 === 504)) {
            const err14 = {
              instancePath: instancePath + '/fault/status',
              schemaPath: 'control-fault.json/properties/status/enum',
              keyword: 'enum',
              params: { allowedValues: schema78.properties.status.enum },
              message: 'must be equal to one of the allowed values',
            };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
        }
      } else {
        const err15 = {
          instancePath: instancePath + '/fault',
          schemaPath: 'control-fault.json/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
        };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.delay !== undefined) {
      let data7 = data.delay;
      if (data7 && typeof data7 == 'object' && !Array.isArray(data7)) {
        if (Object.keys(data7).length < 1) {
          const err16 = {
            instancePath: instancePath + '/delay',
            schemaPath: 'control-delay.json/minProperties',
            keyword: 'minProperties',
            params: { limit: 1 },
            message: 'must NOT have fewer than 1 properties',
          };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
        for (const key2 in data7) {
          if (!(key2 === 'ms' || key2 === 'min_ms' || key2 === 'max_ms')) {
            const err17 = {
              instancePath: instancePath + '/delay',
              schemaPath: 'control-delay.json/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key2 },
              message: 'must NOT have additional properties',
            };
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
          }
        }
        if (data7.ms !== undefined) {
          let data8 = data7.ms;
          if (!(typeof data8 == 'number' && !(data8 % 1) && !isNaN(data8) && isFinite(data8))) {
            const err18 = {
              instancePath: instancePath + '/delay/ms',
              schemaPath: 'control-delay.json/properties/ms/type',
              keyword: 'type',
              params: { type: 'integer' },
              message: 'must be integer',
            };
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          }
          if (typeof data8 == 'number' && isFinite(data8)) {
            if (data8 > 600000 || isNaN(data8)) {
              const err19 = {
                instancePath: instancePath + '/delay/ms',
                schemaPath: 'control-delay.json/properties/ms/maximum',
                keyword: 'maximum',
                params: { comparison: '<=', limit: 600000 },
                message: 'must be <= 600000',
              };
              if (vErrors === null) {
                vErrors = [err19];
              } else {
                vErrors.push(err19);
              }
              errors++;
            }
            if (data8 < 0 || isNaN(data8)) {
              const err20 = {
                instancePath: instancePath + '/delay/ms',
                schemaPath: 'control-delay.json/properties/ms/minimum',
                keyword: 'minimum',
                params: { comparison: '>=', limit: 0 },
                message: 'must be >= 0',
              };
              if (vErrors === null) {
                vErrors = [err20];
              } else {
                vErrors.push(err20);
              }
              errors++;
            }
          }
        }
        if (data7.min_ms !== undefined) {
          let data9 = data7.min_ms;
          if (!(typeof data9 == 'number' && !(data9 % 1) && !isNaN(data9) && isFinite(data9))) {
            const err21 = {
              instancePath: instancePath + '/delay/min_ms',
              schemaPath: 'control-delay.json/properties/min_ms/type',
              keyword: 'type',
              params: { type: 'integer' },
              message: 'must be integer',
            };
            if (vErrors === null) {
              vErrors = [err21];
            } else {
              vErrors.push(err21);
            }
            errors++;
          }
          if (typeof data9 == 'number' && isFinite(data9)) {
            if (data9 > 600000 || isNaN(data9)) {
              const err22 = {
                instancePath: instancePath + '/delay/min_ms',
                schemaPath: 'control-delay.json/properties/min_ms/maximum',
                keyword: 'maximum',
                params: { comparison: '<=', limit: 600000 },
                message: 'must be <= 600000',
              };
              if (vErrors === null) {
                vErrors = [err22];
              } else {
                vErrors.push(err22);
              }
              errors++;
            }
            if (data9 < 0 || isNaN(data9)) {
              const err23 = {
                instancePath: instancePath + '/delay/min_ms',
                schemaPath: 'control-delay.json/properties/min_ms/minimum',
                keyword: 'minimum',
                params: { comparison: '>=', limit: 0 },
                message: 'must be >= 0',
              };
              if (vErrors === null) {
                vErrors = [err23];
              } else {
                vErrors.push(err23);
              }
              errors++;
            }
          }
        }
        if (data7.max_ms !== undefined) {
          let data10 = data7.max_ms;
          if (!(typeof data10 == 'number' && !(data10 % 1) && !isNaN(data10) && isFinite(data10))) {
            const err24 = {
              instancePath: instancePath + '/delay/max_ms',
              schemaPath: 'control-delay.json/properties/max_ms/type',
              keyword: 'type',
              params: { type: 'integer' },
              message: 'must be integer',
            };
            if (vErrors === null) {
              vErrors = [err24];
            } else {
              vErrors.push(err24);
            }
            errors++;
          }
          if (typeof data10 == 'number' && isFinite(data10)) {
            if (data10 > 600000 || isNaN(data10)) {
              const err25 = {
                instancePath: instancePath + '/delay/max_ms',
                schemaPath: 'control-delay.json/properties/max_ms/maximum',
                keyword: 'maximum',
                params: { comparison: '<=', limit: 600000 },
                message: 'must be <= 600000',
              };
              if (vErrors === null) {
                vErrors = [err25];
              } else {
                vErrors.push(err25);
              }
              errors++;
            }
            if (data10 < 0 || isNaN(data10)) {
              const err26 = {
                instancePath: instancePath + '/delay/max_ms',
                schemaPath: 'control-delay.json/properties/max_ms/minimum',
                keyword: 'minimum',
                params: { comparison: '>=', limit: 0 },
                message: 'must be >= 0',
              };
              if (vErrors === null) {
                vErrors = [err26];
              } else {
                vErrors.push(err26);
              }
              errors++;
            }
          }
        }
        if (data7.min_ms !== undefined) {
          if (data7.max_ms === undefined) {
            const err27 = {
              instancePath: instancePath + '/delay',
              schemaPath: 'control-delay.json/dependentRequired',
              keyword: 'dependentRequired',
              params: {
                property: 'min_ms',
                missingProperty: 'max_ms',
                depsCount: 1,
                deps: 'max_ms',
              },
              message: 'must have property max_ms when property min_ms is present',
            };
            if (vErrors === null) {
              vErrors = [err27];
            } else {
              vErrors.push(err27);
            }
            errors++;
          }
        }
        if (data7.max_ms !== undefined) {
          if (data7.min_ms === undefined) {
            const err28 = {
              instancePath: instancePath + '/delay',
              schemaPath: 'control-delay.json/dependentRequired',
              keyword: 'dependentRequired',
              params: {
                property: 'max_ms',
                missingProperty: 'min_ms',
                depsCount: 1,
                deps: 'min_ms',
              },
              message: 'must have property min_ms when property max_ms is present',
            };
            if (vErrors === null) {
              vErrors = [err28];
            } else {
              vErrors.push(err28);
            }
            errors++;
          }
        }
        if (data7.ms !== undefined) {
          if (data7 && typeof data7 == 'object' && !Array.isArray(data7)) {
            if (data7.min_ms !== undefined) {
              const err29 = {
                instancePath: instancePath + '/delay/min_ms',
                schemaPath: 'control-delay.json/dependentSchemas/ms/properties/min_ms/false schema',
                keyword: 'false schema',
                params: {},
                message: 'boolean schema is false',
              };
              if (vErrors === null) {
                vErrors = [err29];
              } else {
                vErrors.push(err29);
              }
              errors++;
            }
            if (data7.max_ms !== undefined) {
              const err30 = {
                instancePath: instancePath + '/delay/max_ms',
                schemaPath: 'control-delay.json/dependentSchemas/ms/properties/max_ms/false schema',
                keyword: 'false schema',
                params: {},
                message: 'boolean schema is false',
              };
              if (vErrors === null) {
                vErrors = [err30];
              } else {
                vErrors.push(err30);
              }
              errors++;
            }
          } else {
            const err31 = {
              instancePath: instancePath + '/delay',
              schemaPath: 'control-delay.json/dependentSchemas/ms/type',
              keyword: 'type',
              params: { type: 'object' },
              message: 'must be object',
            };
            if (vErrors === null) {
              vErrors = [err31];
            } else {
              vErrors.push(err31);
            }
            errors++;
          }
        }
      } else {
        const err32 = {
          instancePath: instancePath + '/delay',
          schemaPath: 'control-delay.json/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
        };
        if (vErrors === null) {
          vErrors = [err32];
        } else {
          vErrors.push(err32);
        }
        errors++;
      }
    }
    if (data.errcode !== undefined) {
      if (data && typeof data == 'object' && !Array.isArray(data)) {
        if (data.session !== undefined) {
          const err33 = {
            instancePath: instancePath + '/session',
            schemaPath: '#/dependentSchemas/errcode/properties/session/false schema',
            keyword: 'false schema',
            params: {},
            message: 'boolean schema is false',
          };
          if (vErrors === null) {
            vErrors = [err33];
          } else {
            vErrors.push(err33);
          }
          errors++;
        }
        if (data.fault !== undefined) {
          const err34 = {
            instancePath: instancePath + '/fault',
            schemaPath: '#/dependentSchemas/errcode/properties/fault/false schema',
            keyword: 'false schema',
            params: {},
            message: 'boolean schema is false',
          };
          if (vErrors === null) {
            vErrors = [err34];
          } else {
            vErrors.push(err34);
          }
          errors++;
        }
      } else {
        const err35 = {
          instancePath,
          schemaPath: '#/dependentSchemas/errcode/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
        };
        if (vErrors === null) {
          vErrors = [err35];
        } else {
          vErrors.push(err35);
        }
        errors++;
      }
    }
    if (data.session !== undefined) {
      if (data && typeof data == 'object' && !Array.isArray(data)) {
        if (data.fault !== undefined) {
          const err36 = {
            instancePath: instancePath + '/fault',
            schemaPath: '#/dependentSchemas/session/properties/fault/false schema',
            keyword: 'false schema',
            params: {},
            message: 'boolean schema is false',
          };
          if (vErrors === null) {
            vErrors = [err36];
          } else {
            vErrors.push(err36);
          }
          errors++;
        }
      } else {
        const err37 = {
          instancePath,
          schemaPath: '#/dependentSchemas/session/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
        };
        if (vErrors === null) {
          vErrors = [err37];
        } else {
          vErrors.push(err37);
        }
        errors++;
      }
    }
  } else {
    const err38 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err38];
    } else {
      vErrors.push(err38);
    }
    errors++;
  }
  validate68.errors = vErrors;
  return errors === 0;
}
validate68.evaluated = { props: true, dynamicProps: false, dynamicItems: false };

export const ControlRule = validate70;
const schema86 = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://pbx-mock-kit.local/schemas/control-rule.json',
  title: 'ControlRule',
  description:
    'A scenario rule (POST /__mock/rules): which device requests it matches and what the mock answers instead. Rules are tried in the order they were added; a rule without match is global. Mock-only, never sent by a device.',
  type: 'object',
  properties: {
    id: {
      type: 'string',
      pattern: '^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$',
      description: 'Name to list and remove it by; rule-1, rule-2, ... when absent.',
    },
    description: { type: 'string', maxLength: 200, description: 'Free text for people.' },
    match: { $ref: 'control-rule-match.json' },
    answer: { $ref: 'control-rule-answer.json' },
    times: {
      type: 'integer',
      minimum: 1,
      maximum: 1000000,
      description:
        'How many requests it answers (1 = once); then it stays listed, inactive. Absent: until removed or reset.',
    },
  },
  required: ['answer'],
  additionalProperties: false,
};
const pattern25 = new RegExp('^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$', 'u');

function validate70(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="https://pbx-mock-kit.local/schemas/control-rule.json" */ let vErrors = null;
  let errors = 0;
  const evaluated0 = validate70.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.answer === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'answer' },
        message: "must have required property '" + 'answer' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(
        key0 === 'id' ||
        key0 === 'description' ||
        key0 === 'match' ||
        key0 === 'answer' ||
        key0 === 'times'
      )) {
        const err1 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.id !== undefined) {
      let data0 = data.id;
      if (typeof data0 === 'string') {
        if (!pattern25.test(data0)) {
          const err2 = {
            instancePath: instancePath + '/id',
            schemaPath: '#/properties/id/pattern',
            keyword: 'pattern',
            params: { pattern: '^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$' },
            message: 'must match pattern "' + '^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$' + '"',
          };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      } else {
        const err3 = {
          instancePath: instancePath + '/id',
          schemaPath: '#/properties/id/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.description !== undefined) {
      let data1 = data.description;
      if (typeof data1 === 'string') {
        if (func1(data1) > 200) {
          const err4 = {
            instancePath: instancePath + '/description',
            schemaPath: '#/properties/description/maxLength',
            keyword: 'maxLength',
            params: { limit: 200 },
            message: 'must NOT have more than 200 characters',
          };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      } else {
        const err5 = {
          instancePath: instancePath + '/description',
          schemaPath: '#/properties/description/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.match !== undefined) {
      let data2 = data.match;
      if (data2 && typeof data2 == 'object' && !Array.isArray(data2)) {
        for (const key1 in data2) {
          if (!(
            key1 === 'path' ||
            key1 === 'method' ||
            key1 === 'query' ||
            key1 === 'headers' ||
            key1 === 'call'
          )) {
            const err6 = {
              instancePath: instancePath + '/match',
              schemaPath: 'control-rule-match.json/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key1 },
              message: 'must NOT have additional properties',
            };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        }
        if (data2.path !== undefined) {
          let data3 = data2.path;
          if (typeof data3 === 'string') {
            if (func1(data3) > 256) {
              const err7 = {
                instancePath: instancePath + '/match/path',
                schemaPath: 'control-rule-match.json/properties/path/maxLength',
                keyword: 'maxLength',
                params: { limit: 256 },
                message: 'must NOT have more than 256 characters',
              };
              if (vErrors === null) {
                vErrors = [err7];
              } else {
                vErrors.push(err7);
              }
              errors++;
            }
            if (func1(data3) < 1) {
              const err8 = {
                instancePath: instancePath + '/match/path',
                schemaPath: 'control-rule-match.json/properties/path/minLength',
                keyword: 'minLength',
                params: { limit: 1 },
                message: 'must NOT have fewer than 1 characters',
              };
              if (vErrors === null) {
                vErrors = [err8];
              } else {
                vErrors.push(err8);
              }
              errors++;
            }
          } else {
            const err9 = {
              instancePath: instancePath + '/match/path',
              schemaPath: 'control-rule-match.json/properties/path/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
            };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
        if (data2.method !== undefined) {
          let data4 = data2.method;
          if (!(
            data4 === 'GET' ||
            data4 === 'POST' ||
            data4 === 'PUT' ||
            data4 === 'PATCH' ||
            data4 === 'DELETE' ||
            data4 === 'HEAD' ||
            data4 === 'OPTIONS'
          )) {
            const err10 = {
              instancePath: instancePath + '/match/method',
              schemaPath: 'control-rule-match.json/properties/method/enum',
              keyword: 'enum',
              params: { allowedValues: schema82.properties.method.enum },
              message: 'must be equal to one of the allowed values',
            };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
        }
        if (data2.query !== undefined) {
          let data5 = data2.query;
          if (data5 && typeof data5 == 'object' && !Array.isArray(data5)) {
            if (Object.keys(data5).length > 32) {
              const err11 = {
                instancePath: instancePath + '/match/query',
                schemaPath: 'control-rule-match.json/properties/query/maxProperties',
                keyword: 'maxProperties',
                params: { limit: 32 },
                message: 'must NOT have more than 32 properties',
              };
              if (vErrors === null) {
                vErrors = [err11];
              } else {
                vErrors.push(err11);
              }
              errors++;
            }
            for (const key2 in data5) {
              let data6 = data5[key2];
              if (typeof data6 === 'string') {
                if (func1(data6) > 1024) {
                  const err12 = {
                    instancePath:
                      instancePath +
                      '/match/query/' +
                      key2.replace(/~/g, '~0').replace(/\//g, '~1'),
                    schemaPath:
                      'control-rule-match.json/properties/query/additionalProperties/maxLength',
                    keyword: 'maxLength',
                    params: { limit: 1024 },
                    message: 'must NOT have more than 1024 characters',
                  };
                  if (vErrors === null) {
                    vErrors = [err12];
                  } else {
                    vErrors.push(err12);
                  }
                  errors++;
                }
              } else {
                const err13 = {
                  instancePath:
                    instancePath + '/match/query/' + key2.replace(/~/g, '~0').replace(/\//g, '~1'),
                  schemaPath: 'control-rule-match.json/properties/query/additionalProperties/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                };
                if (vErrors === null) {
                  vErrors = [err13];
                } else {
                  vErrors.push(err13);
                }
                errors++;
              }
            }
          } else {
            const err14 = {
              instancePath: instancePath + '/match/query',
              schemaPath: 'control-rule-match.json/properties/query/type',
              keyword: 'type',
              params: { type: 'object' },
              message: 'must be object',
            };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
        }
        if (data2.headers !== undefined) {
          let data7 = data2.headers;
          if (data7 && typeof data7 == 'object' && !Array.isArray(data7)) {
            if (Object.keys(data7).length > 16) {
              const err15 = {
                instancePath: instancePath + '/match/headers',
                schemaPath: 'control-rule-match.json/properties/headers/maxProperties',
                keyword: 'maxProperties',
                params: { limit: 16 },
                message: 'must NOT have more than 16 properties',
              };
              if (vErrors === null) {
                vErrors = [err15];
              } else {
                vErrors.push(err15);
              }
              errors++;
            }
            for (const key3 in data7) {
              const _errs20 = errors;
              if (typeof key3 === 'string') {
                if (!pattern24.test(key3)) {
                  const err16 = {
                    instancePath: instancePath + '/match/headers',
                    schemaPath: 'control-rule-match.json/properties/headers/propertyNames/pattern',
                    keyword: 'pattern',
                    params: { pattern: "^[A-Za-z0-9!#$%&'*+.^_`|~-]{1,64}$" },
                    message: 'must match pattern "' + "^[A-Za-z0-9!#$%&'*+.^_`|~-]{1,64}$" + '"',
                    propertyName: key3,
                  };
                  if (vErrors === null) {
                    vErrors = [err16];
                  } else {
                    vErrors.push(err16);
                  }
                  errors++;
                }
              }
              var valid4 = _errs20 === errors;
              if (!valid4) {
                const err17 = {
                  instancePath: instancePath + '/match/headers',
                  schemaPath: 'control-rule-match.json/properties/headers/propertyNames',
                  keyword: 'propertyNames',
                  params: { propertyName: key3 },
                  message: 'property name must be valid',
                };
                if (vErrors === null) {
                  vErrors = [err17];
                } else {
                  vErrors.push(err17);
                }
                errors++;
              }
            }
            for (const key4 in data7) {
              let data8 = data7[key4];
              if (typeof data8 === 'string') {
                if (func1(data8) > 1024) {
                  const err18 = {
                    instancePath:
                      instancePath +
                      '/match/headers/' +
                      key4.replace(/~/g, '~0').replace(/\//g, '~1'),
                    schemaPath:
                      'control-rule-match.json/properties/headers/additionalProperties/maxLength',
                    keyword: 'maxLength',
                    params: { limit: 1024 },
                    message: 'must NOT have more than 1024 characters',
                  };
                  if (vErrors === null) {
                    vErrors = [err18];
                  } else {
                    vErrors.push(err18);
                  }
                  errors++;
                }
              } else {
                const err19 = {
                  instancePath:
                    instancePath +
                    '/match/headers/' +
                    key4.replace(/~/g, '~0').replace(/\//g, '~1'),
                  schemaPath:
                    'control-rule-match.json/properties/headers/additionalProperties/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                };
                if (vErrors === null) {
                  vErrors = [err19];
                } else {
                  vErrors.push(err19);
                }
                errors++;
              }
            }
          } else {
            const err20 = {
              instancePath: instancePath + '/match/headers',
              schemaPath: 'control-rule-match.json/properties/headers/type',
              keyword: 'type',
              params: { type: 'object' },
              message: 'must be object',
            };
            if (vErrors === null) {
              vErrors = [err20];
            } else {
              vErrors.push(err20);
            }
            errors++;
          }
        }
        if (data2.call !== undefined) {
          let data9 = data2.call;
          if (!(typeof data9 == 'number' && !(data9 % 1) && !isNaN(data9) && isFinite(data9))) {
            const err21 = {
              instancePath: instancePath + '/match/call',
              schemaPath: 'control-rule-match.json/properties/call/type',
              keyword: 'type',
              params: { type: 'integer' },
              message: 'must be integer',
            };
            if (vErrors === null) {
              vErrors = [err21];
            } else {
              vErrors.push(err21);
            }
            errors++;
          }
          if (typeof data9 == 'number' && isFinite(data9)) {
            if (data9 > 1000000 || isNaN(data9)) {
              const err22 = {
                instancePath: instancePath + '/match/call',
                schemaPath: 'control-rule-match.json/properties/call/maximum',
                keyword: 'maximum',
                params: { comparison: '<=', limit: 1000000 },
                message: 'must be <= 1000000',
              };
              if (vErrors === null) {
                vErrors = [err22];
              } else {
                vErrors.push(err22);
              }
              errors++;
            }
            if (data9 < 1 || isNaN(data9)) {
              const err23 = {
                instancePath: instancePath + '/match/call',
                schemaPath: 'control-rule-match.json/properties/call/minimum',
                keyword: 'minimum',
                params: { comparison: '>=', limit: 1 },
                message: 'must be >= 1',
              };
              if (vErrors === null) {
                vErrors = [err23];
              } else {
                vErrors.push(err23);
              }
              errors++;
            }
          }
        }
      } else {
        const err24 = {
          instancePath: instancePath + '/match',
          schemaPath: 'control-rule-match.json/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
        };
        if (vErrors === null) {
          vErrors = [err24];
        } else {
          vErrors.push(err24);
        }
        errors++;
      }
    }
    if (data.answer !== undefined) {
      if (
        !validate68(data.answer, {
          instancePath: instancePath + '/answer',
          parentData: data,
          parentDataProperty: 'answer',
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate68.errors : vErrors.concat(validate68.errors);
        errors = vErrors.length;
      }
    }
    if (data.times !== undefined) {
      let data11 = data.times;
      if (!(typeof data11 == 'number' && !(data11 % 1) && !isNaN(data11) && isFinite(data11))) {
        const err25 = {
          instancePath: instancePath + '/times',
          schemaPath: '#/properties/times/type',
          keyword: 'type',
          params: { type: 'integer' },
          message: 'must be integer',
        };
        if (vErrors === null) {
          vErrors = [err25];
        } else {
          vErrors.push(err25);
        }
        errors++;
      }
      if (typeof data11 == 'number' && isFinite(data11)) {
        if (data11 > 1000000 || isNaN(data11)) {
          const err26 = {
            instancePath: instancePath + '/times',
            schemaPath: '#/properties/times/maximum',
            keyword: 'maximum',
            params: { comparison: '<=', limit: 1000000 },
            message: 'must be <= 1000000',
          };
          if (vErrors === null) {
            vErrors = [err26];
          } else {
            vErrors.push(err26);
          }
          errors++;
        }
        if (data11 < 1 || isNaN(data11)) {
          const err27 = {
            instancePath: instancePath + '/times',
            schemaPath: '#/properties/times/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 1 },
            message: 'must be >= 1',
          };
          if (vErrors === null) {
            vErrors = [err27];
          } else {
            vErrors.push(err27);
          }
          errors++;
        }
      }
    }
  } else {
    const err28 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err28];
    } else {
      vErrors.push(err28);
    }
    errors++;
  }
  validate70.errors = vErrors;
  return errors === 0;
}
validate70.evaluated = { props: true, dynamicProps: false, dynamicItems: false };

export const ControlRuleState = validate72;
const schema88 = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://pbx-mock-kit.local/schemas/control-rule-state.json',
  title: 'ControlRuleState',
  description:
    'A rule as GET /__mock/rules lists it, with its counters: a rule that matched nothing during a run shows seen 0.',
  type: 'object',
  properties: {
    rule: { $ref: 'control-rule.json' },
    seen: {
      type: 'integer',
      minimum: 0,
      description: 'Requests that met its criteria while it was active (call counts these).',
    },
    hits: { type: 'integer', minimum: 0, description: 'Requests it answered.' },
    remaining: { type: 'integer', minimum: 0, description: 'Answers left when times was given.' },
    active: { type: 'boolean', description: 'false once times answers are used up.' },
  },
  required: ['rule', 'seen', 'hits', 'active'],
  additionalProperties: false,
};

function validate72(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="https://pbx-mock-kit.local/schemas/control-rule-state.json" */ let vErrors = null;
  let errors = 0;
  const evaluated0 = validate72.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.rule === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'rule' },
        message: "must have required property '" + 'rule' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.seen === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'seen' },
        message: "must have required property '" + 'seen' + "'",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.hits === undefined) {
      const err2 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'hits' },
        message: "must have required property '" + 'hits' + "'",
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.active === undefined) {
      const err3 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'active' },
        message: "must have required property '" + 'active' + "'",
      };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(
        key0 === 'rule' ||
        key0 === 'seen' ||
        key0 === 'hits' ||
        key0 === 'remaining' ||
        key0 === 'active'
      )) {
        const err4 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
        };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.rule !== undefined) {
      if (
        !validate70(data.rule, {
          instancePath: instancePath + '/rule',
          parentData: data,
          parentDataProperty: 'rule',
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate70.errors : vErrors.concat(validate70.errors);
        errors = vErrors.length;
      }
    }
    if (data.seen !== undefined) {
      let data1 = data.seen;
      if (!(typeof data1 == 'number' && !(data1 % 1) && !isNaN(data1) && isFinite(data1))) {
        const err5 = {
          instancePath: instancePath + '/seen',
          schemaPath: '#/properties/seen/type',
          keyword: 'type',
          params: { type: 'integer' },
          message: 'must be integer',
        };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
      if (typeof data1 == 'number' && isFinite(data1)) {
        if (data1 < 0 || isNaN(data1)) {
          const err6 = {
            instancePath: instancePath + '/seen',
            schemaPath: '#/properties/seen/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
            message: 'must be >= 0',
          };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      }
    }
    if (data.hits !== undefined) {
      let data2 = data.hits;
      if (!(typeof data2 == 'number' && !(data2 % 1) && !isNaN(data2) && isFinite(data2))) {
        const err7 = {
          instancePath: instancePath + '/hits',
          schemaPath: '#/properties/hits/type',
          keyword: 'type',
          params: { type: 'integer' },
          message: 'must be integer',
        };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
      if (typeof data2 == 'number' && isFinite(data2)) {
        if (data2 < 0 || isNaN(data2)) {
          const err8 = {
            instancePath: instancePath + '/hits',
            schemaPath: '#/properties/hits/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
            message: 'must be >= 0',
          };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      }
    }
    if (data.remaining !== undefined) {
      let data3 = data.remaining;
      if (!(typeof data3 == 'number' && !(data3 % 1) && !isNaN(data3) && isFinite(data3))) {
        const err9 = {
          instancePath: instancePath + '/remaining',
          schemaPath: '#/properties/remaining/type',
          keyword: 'type',
          params: { type: 'integer' },
          message: 'must be integer',
        };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
      if (typeof data3 == 'number' && isFinite(data3)) {
        if (data3 < 0 || isNaN(data3)) {
          const err10 = {
            instancePath: instancePath + '/remaining',
            schemaPath: '#/properties/remaining/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
            message: 'must be >= 0',
          };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
      }
    }
    if (data.active !== undefined) {
      if (typeof data.active !== 'boolean') {
        const err11 = {
          instancePath: instancePath + '/active',
          schemaPath: '#/properties/active/type',
          keyword: 'type',
          params: { type: 'boolean' },
          message: 'must be boolean',
        };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
  } else {
    const err12 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err12];
    } else {
      vErrors.push(err12);
    }
    errors++;
  }
  validate72.errors = vErrors;
  return errors === 0;
}
validate72.evaluated = { props: true, dynamicProps: false, dynamicItems: false };

export const ControlRuleList = validate74;
const schema89 = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://pbx-mock-kit.local/schemas/control-rule-list.json',
  title: 'ControlRuleList',
  description: 'Answer of GET /__mock/rules: every rule in the order they are tried.',
  type: 'object',
  properties: { rules: { type: 'array', items: { $ref: 'control-rule-state.json' } } },
  required: ['rules'],
  additionalProperties: false,
};

function validate74(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="https://pbx-mock-kit.local/schemas/control-rule-list.json" */ let vErrors = null;
  let errors = 0;
  const evaluated0 = validate74.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.rules === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'rules' },
        message: "must have required property '" + 'rules' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === 'rules')) {
        const err1 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.rules !== undefined) {
      let data0 = data.rules;
      if (Array.isArray(data0)) {
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (
            !validate72(data0[i0], {
              instancePath: instancePath + '/rules/' + i0,
              parentData: data0,
              parentDataProperty: i0,
              rootData,
              dynamicAnchors,
            })
          ) {
            vErrors = vErrors === null ? validate72.errors : vErrors.concat(validate72.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err2 = {
          instancePath: instancePath + '/rules',
          schemaPath: '#/properties/rules/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
  } else {
    const err3 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  validate74.errors = vErrors;
  return errors === 0;
}
validate74.evaluated = { props: true, dynamicProps: false, dynamicItems: false };

export const ControlClockRequest = validate76;
const schema90 = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://pbx-mock-kit.local/schemas/control-clock-request.json',
  title: 'ControlClockRequest',
  description: "Body of POST /__mock/clock: move the mock's time forward, or back to real time.",
  type: 'object',
  properties: {
    advance: {
      anyOf: [
        { type: 'string', minLength: 1, maxLength: 32 },
        { type: 'integer', minimum: 0, maximum: 3153600000000 },
      ],
      description: 'A duration such as "31m", "24h", "1d" or "90s", or milliseconds as an integer.',
    },
    reset: { const: true, description: 'Back to real time.' },
  },
  minProperties: 1,
  additionalProperties: false,
  dependentSchemas: { reset: { type: 'object', properties: { advance: false } } },
};

function validate76(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="https://pbx-mock-kit.local/schemas/control-clock-request.json" */ let vErrors =
    null;
  let errors = 0;
  const evaluated0 = validate76.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (Object.keys(data).length < 1) {
      const err0 = {
        instancePath,
        schemaPath: '#/minProperties',
        keyword: 'minProperties',
        params: { limit: 1 },
        message: 'must NOT have fewer than 1 properties',
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === 'advance' || key0 === 'reset')) {
        const err1 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.advance !== undefined) {
      let data0 = data.advance;
      const _errs3 = errors;
      let valid1 = false;
      const _errs4 = errors;
      if (typeof data0 === 'string') {
        if (func1(data0) > 32) {
          const err2 = {
            instancePath: instancePath + '/advance',
            schemaPath: '#/properties/advance/anyOf/0/maxLength',
            keyword: 'maxLength',
            params: { limit: 32 },
            message: 'must NOT have more than 32 characters',
          };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
        if (func1(data0) < 1) {
          const err3 = {
            instancePath: instancePath + '/advance',
            schemaPath: '#/properties/advance/anyOf/0/minLength',
            keyword: 'minLength',
            params: { limit: 1 },
            message: 'must NOT have fewer than 1 characters',
          };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      } else {
        const err4 = {
          instancePath: instancePath + '/advance',
          schemaPath: '#/properties/advance/anyOf/0/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
      var _valid0 = _errs4 === errors;
      valid1 = valid1 || _valid0;
      const _errs6 = errors;
      if (!(typeof data0 == 'number' && !(data0 % 1) && !isNaN(data0) && isFinite(data0))) {
        const err5 = {
          instancePath: instancePath + '/advance',
          schemaPath: '#/properties/advance/anyOf/1/type',
          keyword: 'type',
          params: { type: 'integer' },
          message: 'must be integer',
        };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
      if (typeof data0 == 'number' && isFinite(data0)) {
        if (data0 > 3153600000000 || isNaN(data0)) {
          const err6 = {
            instancePath: instancePath + '/advance',
            schemaPath: '#/properties/advance/anyOf/1/maximum',
            keyword: 'maximum',
            params: { comparison: '<=', limit: 3153600000000 },
            message: 'must be <= 3153600000000',
          };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
        if (data0 < 0 || isNaN(data0)) {
          const err7 = {
            instancePath: instancePath + '/advance',
            schemaPath: '#/properties/advance/anyOf/1/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
            message: 'must be >= 0',
          };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      }
      var _valid0 = _errs6 === errors;
      valid1 = valid1 || _valid0;
      if (!valid1) {
        const err8 = {
          instancePath: instancePath + '/advance',
          schemaPath: '#/properties/advance/anyOf',
          keyword: 'anyOf',
          params: {},
          message: 'must match a schema in anyOf',
        };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      } else {
        errors = _errs3;
        if (vErrors !== null) {
          if (_errs3) {
            vErrors.length = _errs3;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.reset !== undefined) {
      if (true !== data.reset) {
        const err9 = {
          instancePath: instancePath + '/reset',
          schemaPath: '#/properties/reset/const',
          keyword: 'const',
          params: { allowedValue: true },
          message: 'must be equal to constant',
        };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.reset !== undefined) {
      if (data && typeof data == 'object' && !Array.isArray(data)) {
        if (data.advance !== undefined) {
          const err10 = {
            instancePath: instancePath + '/advance',
            schemaPath: '#/dependentSchemas/reset/properties/advance/false schema',
            keyword: 'false schema',
            params: {},
            message: 'boolean schema is false',
          };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
      } else {
        const err11 = {
          instancePath,
          schemaPath: '#/dependentSchemas/reset/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
        };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
  } else {
    const err12 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err12];
    } else {
      vErrors.push(err12);
    }
    errors++;
  }
  validate76.errors = vErrors;
  return errors === 0;
}
validate76.evaluated = { props: true, dynamicProps: false, dynamicItems: false };

export const ControlClockState = validate77;
const schema91 = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://pbx-mock-kit.local/schemas/control-clock-state.json',
  title: 'ControlClockState',
  description:
    "Answer of GET and POST /__mock/clock: the mock's time and how far ahead of real time it is.",
  type: 'object',
  properties: {
    now: { type: 'string', description: "The mock's time." },
    now_ms: { type: 'integer', description: "The mock's time, in ms since the epoch." },
    offset_ms: { type: 'integer', minimum: 0, description: 'Ahead of real time, in ms.' },
    offset: { type: 'string', description: 'The same, readable ("31m"; "0ms" at real time).' },
  },
  required: ['now', 'now_ms', 'offset_ms', 'offset'],
  additionalProperties: false,
};

function validate77(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="https://pbx-mock-kit.local/schemas/control-clock-state.json" */ let vErrors = null;
  let errors = 0;
  const evaluated0 = validate77.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.now === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'now' },
        message: "must have required property '" + 'now' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.now_ms === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'now_ms' },
        message: "must have required property '" + 'now_ms' + "'",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.offset_ms === undefined) {
      const err2 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'offset_ms' },
        message: "must have required property '" + 'offset_ms' + "'",
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.offset === undefined) {
      const err3 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'offset' },
        message: "must have required property '" + 'offset' + "'",
      };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === 'now' || key0 === 'now_ms' || key0 === 'offset_ms' || key0 === 'offset')) {
        const err4 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
        };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.now !== undefined) {
      if (typeof data.now !== 'string') {
        const err5 = {
          instancePath: instancePath + '/now',
          schemaPath: '#/properties/now/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.now_ms !== undefined) {
      let data1 = data.now_ms;
      if (!(typeof data1 == 'number' && !(data1 % 1) && !isNaN(data1) && isFinite(data1))) {
        const err6 = {
          instancePath: instancePath + '/now_ms',
          schemaPath: '#/properties/now_ms/type',
          keyword: 'type',
          params: { type: 'integer' },
          message: 'must be integer',
        };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.offset_ms !== undefined) {
      let data2 = data.offset_ms;
      if (!(typeof data2 == 'number' && !(data2 % 1) && !isNaN(data2) && isFinite(data2))) {
        const err7 = {
          instancePath: instancePath + '/offset_ms',
          schemaPath: '#/properties/offset_ms/type',
          keyword: 'type',
          params: { type: 'integer' },
          message: 'must be integer',
        };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
      if (typeof data2 == 'number' && isFinite(data2)) {
        if (data2 < 0 || isNaN(data2)) {
          const err8 = {
            instancePath: instancePath + '/offset_ms',
            schemaPath: '#/properties/offset_ms/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
            message: 'must be >= 0',
          };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      }
    }
    if (data.offset !== undefined) {
      if (typeof data.offset !== 'string') {
        const err9 = {
          instancePath: instancePath + '/offset',
          schemaPath: '#/properties/offset/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
  } else {
    const err10 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err10];
    } else {
      vErrors.push(err10);
    }
    errors++;
  }
  validate77.errors = vErrors;
  return errors === 0;
}
validate77.evaluated = { props: true, dynamicProps: false, dynamicItems: false };

export const ControlSessionState = validate78;
const schema92 = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://pbx-mock-kit.local/schemas/control-session-state.json',
  title: 'ControlSessionState',
  description:
    "A session's state that only list and search show. The store keeps last_msg_id (the paging order follows the session id): requests may not set it.",
  type: 'object',
  properties: {
    is_close: { enum: [0, 1], description: '1 closes the session.' },
    is_archived: { enum: [0, 1], description: '1 archives it.' },
    expire: {
      type: 'integer',
      minimum: -1,
      maximum: 86400,
      description: 'Seconds left in the reply window; -1 never; 0 expired.',
    },
    last_msg_id: { type: 'integer', minimum: 0, description: 'Kept by the store.' },
  },
  additionalProperties: false,
};

function validate78(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="https://pbx-mock-kit.local/schemas/control-session-state.json" */ let vErrors =
    null;
  let errors = 0;
  const evaluated0 = validate78.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(
        key0 === 'is_close' ||
        key0 === 'is_archived' ||
        key0 === 'expire' ||
        key0 === 'last_msg_id'
      )) {
        const err0 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
        };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.is_close !== undefined) {
      let data0 = data.is_close;
      if (!(data0 === 0 || data0 === 1)) {
        const err1 = {
          instancePath: instancePath + '/is_close',
          schemaPath: '#/properties/is_close/enum',
          keyword: 'enum',
          params: { allowedValues: schema92.properties.is_close.enum },
          message: 'must be equal to one of the allowed values',
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.is_archived !== undefined) {
      let data1 = data.is_archived;
      if (!(data1 === 0 || data1 === 1)) {
        const err2 = {
          instancePath: instancePath + '/is_archived',
          schemaPath: '#/properties/is_archived/enum',
          keyword: 'enum',
          params: { allowedValues: schema92.properties.is_archived.enum },
          message: 'must be equal to one of the allowed values',
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.expire !== undefined) {
      let data2 = data.expire;
      if (!(typeof data2 == 'number' && !(data2 % 1) && !isNaN(data2) && isFinite(data2))) {
        const err3 = {
          instancePath: instancePath + '/expire',
          schemaPath: '#/properties/expire/type',
          keyword: 'type',
          params: { type: 'integer' },
          message: 'must be integer',
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      if (typeof data2 == 'number' && isFinite(data2)) {
        if (data2 > 86400 || isNaN(data2)) {
          const err4 = {
            instancePath: instancePath + '/expire',
            schemaPath: '#/properties/expire/maximum',
            keyword: 'maximum',
            params: { comparison: '<=', limit: 86400 },
            message: 'must be <= 86400',
          };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        if (data2 < -1 || isNaN(data2)) {
          const err5 = {
            instancePath: instancePath + '/expire',
            schemaPath: '#/properties/expire/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: -1 },
            message: 'must be >= -1',
          };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      }
    }
    if (data.last_msg_id !== undefined) {
      let data3 = data.last_msg_id;
      if (!(typeof data3 == 'number' && !(data3 % 1) && !isNaN(data3) && isFinite(data3))) {
        const err6 = {
          instancePath: instancePath + '/last_msg_id',
          schemaPath: '#/properties/last_msg_id/type',
          keyword: 'type',
          params: { type: 'integer' },
          message: 'must be integer',
        };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
      if (typeof data3 == 'number' && isFinite(data3)) {
        if (data3 < 0 || isNaN(data3)) {
          const err7 = {
            instancePath: instancePath + '/last_msg_id',
            schemaPath: '#/properties/last_msg_id/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
            message: 'must be >= 0',
          };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      }
    }
  } else {
    const err8 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err8];
    } else {
      vErrors.push(err8);
    }
    errors++;
  }
  validate78.errors = vErrors;
  return errors === 0;
}
validate78.evaluated = { props: true, dynamicProps: false, dynamicItems: false };

export const ControlSessionCreate = validate79;
const schema93 = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://pbx-mock-kit.local/schemas/control-session-create.json',
  title: 'ControlSessionCreate',
  description:
    'Body of POST /__mock/sessions[/:id]: a session to add (or, with an id in the path, to put in place of one). info is checked against SessionInfo once its id is known; without one the store assigns the next free id.',
  type: 'object',
  properties: {
    info: {
      type: 'object',
      description: 'A SessionInfo (see session-info.json); id may be left out.',
    },
    state: { $ref: 'control-session-state.json' },
  },
  required: ['info'],
  additionalProperties: false,
};

function validate79(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="https://pbx-mock-kit.local/schemas/control-session-create.json" */ let vErrors =
    null;
  let errors = 0;
  const evaluated0 = validate79.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.info === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'info' },
        message: "must have required property '" + 'info' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === 'info' || key0 === 'state')) {
        const err1 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.info !== undefined) {
      let data0 = data.info;
      if (!(data0 && typeof data0 == 'object' && !Array.isArray(data0))) {
        const err2 = {
          instancePath: instancePath + '/info',
          schemaPath: '#/properties/info/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.state !== undefined) {
      let data1 = data.state;
      if (data1 && typeof data1 == 'object' && !Array.isArray(data1)) {
        for (const key1 in data1) {
          if (!(
            key1 === 'is_close' ||
            key1 === 'is_archived' ||
            key1 === 'expire' ||
            key1 === 'last_msg_id'
          )) {
            const err3 = {
              instancePath: instancePath + '/state',
              schemaPath: 'control-session-state.json/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key1 },
              message: 'must NOT have additional properties',
            };
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
          }
        }
        if (data1.is_close !== undefined) {
          let data2 = data1.is_close;
          if (!(data2 === 0 || data2 === 1)) {
            const err4 = {
              instancePath: instancePath + '/state/is_close',
              schemaPath: 'control-session-state.json/properties/is_close/enum',
              keyword: 'enum',
              params: { allowedValues: schema92.properties.is_close.enum },
              message: 'must be equal to one of the allowed values',
            };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
        }
        if (data1.is_archived !== undefined) {
          let data3 = data1.is_archived;
          if (!(data3 === 0 || data3 === 1)) {
            const err5 = {
              instancePath: instancePath + '/state/is_archived',
              schemaPath: 'control-session-state.json/properties/is_archived/enum',
              keyword: 'enum',
              params: { allowedValues: schema92.properties.is_archived.enum },
              message: 'must be equal to one of the allowed values',
            };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        }
        if (data1.expire !== undefined) {
          let data4 = data1.expire;
          if (!(typeof data4 == 'number' && !(data4 % 1) && !isNaN(data4) && isFinite(data4))) {
            const err6 = {
              instancePath: instancePath + '/state/expire',
              schemaPath: 'control-session-state.json/properties/expire/type',
              keyword: 'type',
              params: { type: 'integer' },
              message: 'must be integer',
            };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
          if (typeof data4 == 'number' && isFinite(data4)) {
            if (data4 > 86400 || isNaN(data4)) {
              const err7 = {
                instancePath: instancePath + '/state/expire',
                schemaPath: 'control-session-state.json/properties/expire/maximum',
                keyword: 'maximum',
                params: { comparison: '<=', limit: 86400 },
                message: 'must be <= 86400',
              };
              if (vErrors === null) {
                vErrors = [err7];
              } else {
                vErrors.push(err7);
              }
              errors++;
            }
            if (data4 < -1 || isNaN(data4)) {
              const err8 = {
                instancePath: instancePath + '/state/expire',
                schemaPath: 'control-session-state.json/properties/expire/minimum',
                keyword: 'minimum',
                params: { comparison: '>=', limit: -1 },
                message: 'must be >= -1',
              };
              if (vErrors === null) {
                vErrors = [err8];
              } else {
                vErrors.push(err8);
              }
              errors++;
            }
          }
        }
        if (data1.last_msg_id !== undefined) {
          let data5 = data1.last_msg_id;
          if (!(typeof data5 == 'number' && !(data5 % 1) && !isNaN(data5) && isFinite(data5))) {
            const err9 = {
              instancePath: instancePath + '/state/last_msg_id',
              schemaPath: 'control-session-state.json/properties/last_msg_id/type',
              keyword: 'type',
              params: { type: 'integer' },
              message: 'must be integer',
            };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
          if (typeof data5 == 'number' && isFinite(data5)) {
            if (data5 < 0 || isNaN(data5)) {
              const err10 = {
                instancePath: instancePath + '/state/last_msg_id',
                schemaPath: 'control-session-state.json/properties/last_msg_id/minimum',
                keyword: 'minimum',
                params: { comparison: '>=', limit: 0 },
                message: 'must be >= 0',
              };
              if (vErrors === null) {
                vErrors = [err10];
              } else {
                vErrors.push(err10);
              }
              errors++;
            }
          }
        }
      } else {
        const err11 = {
          instancePath: instancePath + '/state',
          schemaPath: 'control-session-state.json/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
        };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
  } else {
    const err12 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err12];
    } else {
      vErrors.push(err12);
    }
    errors++;
  }
  validate79.errors = vErrors;
  return errors === 0;
}
validate79.evaluated = { props: true, dynamicProps: false, dynamicItems: false };

export const ControlSessionPatch = validate80;
const schema95 = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://pbx-mock-kit.local/schemas/control-session-patch.json',
  title: 'ControlSessionPatch',
  description:
    'Body of PATCH /__mock/sessions/:id: fields to change. Close: {"state":{"is_close":1}}; archive: {"state":{"is_archived":1}}; take over: {"info":{"participants":[]}}. The result is checked against SessionInfo.',
  type: 'object',
  properties: {
    info: { type: 'object', description: 'SessionInfo fields to replace (not id).' },
    state: { $ref: 'control-session-state.json' },
  },
  minProperties: 1,
  additionalProperties: false,
};

function validate80(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="https://pbx-mock-kit.local/schemas/control-session-patch.json" */ let vErrors =
    null;
  let errors = 0;
  const evaluated0 = validate80.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (Object.keys(data).length < 1) {
      const err0 = {
        instancePath,
        schemaPath: '#/minProperties',
        keyword: 'minProperties',
        params: { limit: 1 },
        message: 'must NOT have fewer than 1 properties',
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === 'info' || key0 === 'state')) {
        const err1 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.info !== undefined) {
      let data0 = data.info;
      if (!(data0 && typeof data0 == 'object' && !Array.isArray(data0))) {
        const err2 = {
          instancePath: instancePath + '/info',
          schemaPath: '#/properties/info/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.state !== undefined) {
      let data1 = data.state;
      if (data1 && typeof data1 == 'object' && !Array.isArray(data1)) {
        for (const key1 in data1) {
          if (!(
            key1 === 'is_close' ||
            key1 === 'is_archived' ||
            key1 === 'expire' ||
            key1 === 'last_msg_id'
          )) {
            const err3 = {
              instancePath: instancePath + '/state',
              schemaPath: 'control-session-state.json/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key1 },
              message: 'must NOT have additional properties',
            };
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
          }
        }
        if (data1.is_close !== undefined) {
          let data2 = data1.is_close;
          if (!(data2 === 0 || data2 === 1)) {
            const err4 = {
              instancePath: instancePath + '/state/is_close',
              schemaPath: 'control-session-state.json/properties/is_close/enum',
              keyword: 'enum',
              params: { allowedValues: schema92.properties.is_close.enum },
              message: 'must be equal to one of the allowed values',
            };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
        }
        if (data1.is_archived !== undefined) {
          let data3 = data1.is_archived;
          if (!(data3 === 0 || data3 === 1)) {
            const err5 = {
              instancePath: instancePath + '/state/is_archived',
              schemaPath: 'control-session-state.json/properties/is_archived/enum',
              keyword: 'enum',
              params: { allowedValues: schema92.properties.is_archived.enum },
              message: 'must be equal to one of the allowed values',
            };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        }
        if (data1.expire !== undefined) {
          let data4 = data1.expire;
          if (!(typeof data4 == 'number' && !(data4 % 1) && !isNaN(data4) && isFinite(data4))) {
            const err6 = {
              instancePath: instancePath + '/state/expire',
              schemaPath: 'control-session-state.json/properties/expire/type',
              keyword: 'type',
              params: { type: 'integer' },
              message: 'must be integer',
            };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
          if (typeof data4 == 'number' && isFinite(data4)) {
            if (data4 > 86400 || isNaN(data4)) {
              const err7 = {
                instancePath: instancePath + '/state/expire',
                schemaPath: 'control-session-state.json/properties/expire/maximum',
                keyword: 'maximum',
                params: { comparison: '<=', limit: 86400 },
                message: 'must be <= 86400',
              };
              if (vErrors === null) {
                vErrors = [err7];
              } else {
                vErrors.push(err7);
              }
              errors++;
            }
            if (data4 < -1 || isNaN(data4)) {
              const err8 = {
                instancePath: instancePath + '/state/expire',
                schemaPath: 'control-session-state.json/properties/expire/minimum',
                keyword: 'minimum',
                params: { comparison: '>=', limit: -1 },
                message: 'must be >= -1',
              };
              if (vErrors === null) {
                vErrors = [err8];
              } else {
                vErrors.push(err8);
              }
              errors++;
            }
          }
        }
        if (data1.last_msg_id !== undefined) {
          let data5 = data1.last_msg_id;
          if (!(typeof data5 == 'number' && !(data5 % 1) && !isNaN(data5) && isFinite(data5))) {
            const err9 = {
              instancePath: instancePath + '/state/last_msg_id',
              schemaPath: 'control-session-state.json/properties/last_msg_id/type',
              keyword: 'type',
              params: { type: 'integer' },
              message: 'must be integer',
            };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
          if (typeof data5 == 'number' && isFinite(data5)) {
            if (data5 < 0 || isNaN(data5)) {
              const err10 = {
                instancePath: instancePath + '/state/last_msg_id',
                schemaPath: 'control-session-state.json/properties/last_msg_id/minimum',
                keyword: 'minimum',
                params: { comparison: '>=', limit: 0 },
                message: 'must be >= 0',
              };
              if (vErrors === null) {
                vErrors = [err10];
              } else {
                vErrors.push(err10);
              }
              errors++;
            }
          }
        }
      } else {
        const err11 = {
          instancePath: instancePath + '/state',
          schemaPath: 'control-session-state.json/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
        };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
  } else {
    const err12 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err12];
    } else {
      vErrors.push(err12);
    }
    errors++;
  }
  validate80.errors = vErrors;
  return errors === 0;
}
validate80.evaluated = { props: true, dynamicProps: false, dynamicItems: false };

export const ControlSessionView = validate81;
const schema97 = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://pbx-mock-kit.local/schemas/control-session-view.json',
  title: 'ControlSessionView',
  description:
    'A stored session as the control API shows it: what get answers (info) and what list and search show besides (state).',
  type: 'object',
  properties: {
    info: { $ref: 'session-info.json' },
    state: {
      type: 'object',
      $ref: 'control-session-state.json',
      required: ['is_close', 'is_archived', 'expire', 'last_msg_id'],
    },
  },
  required: ['info', 'state'],
  additionalProperties: false,
};

function validate81(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="https://pbx-mock-kit.local/schemas/control-session-view.json" */ let vErrors =
    null;
  let errors = 0;
  const evaluated0 = validate81.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.info === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'info' },
        message: "must have required property '" + 'info' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.state === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'state' },
        message: "must have required property '" + 'state' + "'",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === 'info' || key0 === 'state')) {
        const err2 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.info !== undefined) {
      if (
        !validate26(data.info, {
          instancePath: instancePath + '/info',
          parentData: data,
          parentDataProperty: 'info',
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
        errors = vErrors.length;
      }
    }
    if (data.state !== undefined) {
      let data1 = data.state;
      if (data1 && typeof data1 == 'object' && !Array.isArray(data1)) {
        for (const key1 in data1) {
          if (!(
            key1 === 'is_close' ||
            key1 === 'is_archived' ||
            key1 === 'expire' ||
            key1 === 'last_msg_id'
          )) {
            const err3 = {
              instancePath: instancePath + '/state',
              schemaPath: 'control-session-state.json/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key1 },
              message: 'must NOT have additional properties',
            };
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
          }
        }
        if (data1.is_close !== undefined) {
          let data2 = data1.is_close;
          if (!(data2 === 0 || data2 === 1)) {
            const err4 = {
              instancePath: instancePath + '/state/is_close',
              schemaPath: 'control-session-state.json/properties/is_close/enum',
              keyword: 'enum',
              params: { allowedValues: schema92.properties.is_close.enum },
              message: 'must be equal to one of the allowed values',
            };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
        }
        if (data1.is_archived !== undefined) {
          let data3 = data1.is_archived;
          if (!(data3 === 0 || data3 === 1)) {
            const err5 = {
              instancePath: instancePath + '/state/is_archived',
              schemaPath: 'control-session-state.json/properties/is_archived/enum',
              keyword: 'enum',
              params: { allowedValues: schema92.properties.is_archived.enum },
              message: 'must be equal to one of the allowed values',
            };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        }
        if (data1.expire !== undefined) {
          let data4 = data1.expire;
          if (!(typeof data4 == 'number' && !(data4 % 1) && !isNaN(data4) && isFinite(data4))) {
            const err6 = {
              instancePath: instancePath + '/state/expire',
              schemaPath: 'control-session-state.json/properties/expire/type',
              keyword: 'type',
              params: { type: 'integer' },
              message: 'must be integer',
            };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
          if (typeof data4 == 'number' && isFinite(data4)) {
            if (data4 > 86400 || isNaN(data4)) {
              const err7 = {
                instancePath: instancePath + '/state/expire',
                schemaPath: 'control-session-state.json/properties/expire/maximum',
                keyword: 'maximum',
                params: { comparison: '<=', limit: 86400 },
                message: 'must be <= 86400',
              };
              if (vErrors === null) {
                vErrors = [err7];
              } else {
                vErrors.push(err7);
              }
              errors++;
            }
            if (data4 < -1 || isNaN(data4)) {
              const err8 = {
                instancePath: instancePath + '/state/expire',
                schemaPath: 'control-session-state.json/properties/expire/minimum',
                keyword: 'minimum',
                params: { comparison: '>=', limit: -1 },
                message: 'must be >= -1',
              };
              if (vErrors === null) {
                vErrors = [err8];
              } else {
                vErrors.push(err8);
              }
              errors++;
            }
          }
        }
        if (data1.last_msg_id !== undefined) {
          let data5 = data1.last_msg_id;
          if (!(typeof data5 == 'number' && !(data5 % 1) && !isNaN(data5) && isFinite(data5))) {
            const err9 = {
              instancePath: instancePath + '/state/last_msg_id',
              schemaPath: 'control-session-state.json/properties/last_msg_id/type',
              keyword: 'type',
              params: { type: 'integer' },
              message: 'must be integer',
            };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
          if (typeof data5 == 'number' && isFinite(data5)) {
            if (data5 < 0 || isNaN(data5)) {
              const err10 = {
                instancePath: instancePath + '/state/last_msg_id',
                schemaPath: 'control-session-state.json/properties/last_msg_id/minimum',
                keyword: 'minimum',
                params: { comparison: '>=', limit: 0 },
                message: 'must be >= 0',
              };
              if (vErrors === null) {
                vErrors = [err10];
              } else {
                vErrors.push(err10);
              }
              errors++;
            }
          }
        }
      } else {
        const err11 = {
          instancePath: instancePath + '/state',
          schemaPath: 'control-session-state.json/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
        };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
      if (data1 && typeof data1 == 'object' && !Array.isArray(data1)) {
        if (data1.is_close === undefined) {
          const err12 = {
            instancePath: instancePath + '/state',
            schemaPath: '#/properties/state/required',
            keyword: 'required',
            params: { missingProperty: 'is_close' },
            message: "must have required property '" + 'is_close' + "'",
          };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
        if (data1.is_archived === undefined) {
          const err13 = {
            instancePath: instancePath + '/state',
            schemaPath: '#/properties/state/required',
            keyword: 'required',
            params: { missingProperty: 'is_archived' },
            message: "must have required property '" + 'is_archived' + "'",
          };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
        if (data1.expire === undefined) {
          const err14 = {
            instancePath: instancePath + '/state',
            schemaPath: '#/properties/state/required',
            keyword: 'required',
            params: { missingProperty: 'expire' },
            message: "must have required property '" + 'expire' + "'",
          };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
        if (data1.last_msg_id === undefined) {
          const err15 = {
            instancePath: instancePath + '/state',
            schemaPath: '#/properties/state/required',
            keyword: 'required',
            params: { missingProperty: 'last_msg_id' },
            message: "must have required property '" + 'last_msg_id' + "'",
          };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
      } else {
        const err16 = {
          instancePath: instancePath + '/state',
          schemaPath: '#/properties/state/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
        };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
  } else {
    const err17 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err17];
    } else {
      vErrors.push(err17);
    }
    errors++;
  }
  validate81.errors = vErrors;
  return errors === 0;
}
validate81.evaluated = { props: true, dynamicProps: false, dynamicItems: false };

export const ControlSessionList = validate83;
const schema99 = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://pbx-mock-kit.local/schemas/control-session-list.json',
  title: 'ControlSessionList',
  description:
    'Answer of GET /__mock/sessions: the seeded set and every session changed through the control API since the last reset.',
  type: 'object',
  properties: {
    seed: { type: 'integer', minimum: 0 },
    generated: { type: 'integer', minimum: 0, description: 'Seeded ids 1..generated (plus 2862).' },
    changed: {
      type: 'array',
      items: { $ref: 'control-session-view.json' },
      description: 'Added or changed sessions, newest id first.',
    },
    removed: { type: 'array', items: { type: 'integer' }, description: 'Removed ids.' },
  },
  required: ['seed', 'generated', 'changed', 'removed'],
  additionalProperties: false,
};

function validate83(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="https://pbx-mock-kit.local/schemas/control-session-list.json" */ let vErrors =
    null;
  let errors = 0;
  const evaluated0 = validate83.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.seed === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'seed' },
        message: "must have required property '" + 'seed' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.generated === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'generated' },
        message: "must have required property '" + 'generated' + "'",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.changed === undefined) {
      const err2 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'changed' },
        message: "must have required property '" + 'changed' + "'",
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.removed === undefined) {
      const err3 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'removed' },
        message: "must have required property '" + 'removed' + "'",
      };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === 'seed' || key0 === 'generated' || key0 === 'changed' || key0 === 'removed')) {
        const err4 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
        };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.seed !== undefined) {
      let data0 = data.seed;
      if (!(typeof data0 == 'number' && !(data0 % 1) && !isNaN(data0) && isFinite(data0))) {
        const err5 = {
          instancePath: instancePath + '/seed',
          schemaPath: '#/properties/seed/type',
          keyword: 'type',
          params: { type: 'integer' },
          message: 'must be integer',
        };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
      if (typeof data0 == 'number' && isFinite(data0)) {
        if (data0 < 0 || isNaN(data0)) {
          const err6 = {
            instancePath: instancePath + '/seed',
            schemaPath: '#/properties/seed/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
            message: 'must be >= 0',
          };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      }
    }
    if (data.generated !== undefined) {
      let data1 = data.generated;
      if (!(typeof data1 == 'number' && !(data1 % 1) && !isNaN(data1) && isFinite(data1))) {
        const err7 = {
          instancePath: instancePath + '/generated',
          schemaPath: '#/properties/generated/type',
          keyword: 'type',
          params: { type: 'integer' },
          message: 'must be integer',
        };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
      if (typeof data1 == 'number' && isFinite(data1)) {
        if (data1 < 0 || isNaN(data1)) {
          const err8 = {
            instancePath: instancePath + '/generated',
            schemaPath: '#/properties/generated/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
            message: 'must be >= 0',
          };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      }
    }
    if (data.changed !== undefined) {
      let data2 = data.changed;
      if (Array.isArray(data2)) {
        const len0 = data2.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (
            !validate81(data2[i0], {
              instancePath: instancePath + '/changed/' + i0,
              parentData: data2,
              parentDataProperty: i0,
              rootData,
              dynamicAnchors,
            })
          ) {
            vErrors = vErrors === null ? validate81.errors : vErrors.concat(validate81.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err9 = {
          instancePath: instancePath + '/changed',
          schemaPath: '#/properties/changed/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
        };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.removed !== undefined) {
      let data4 = data.removed;
      if (Array.isArray(data4)) {
        const len1 = data4.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data5 = data4[i1];
          if (!(typeof data5 == 'number' && !(data5 % 1) && !isNaN(data5) && isFinite(data5))) {
            const err10 = {
              instancePath: instancePath + '/removed/' + i1,
              schemaPath: '#/properties/removed/items/type',
              keyword: 'type',
              params: { type: 'integer' },
              message: 'must be integer',
            };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
        }
      } else {
        const err11 = {
          instancePath: instancePath + '/removed',
          schemaPath: '#/properties/removed/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
        };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
  } else {
    const err12 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err12];
    } else {
      vErrors.push(err12);
    }
    errors++;
  }
  validate83.errors = vErrors;
  return errors === 0;
}
validate83.evaluated = { props: true, dynamicProps: false, dynamicItems: false };

export const ControlHistoryShape = validate85;
const schema100 = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://pbx-mock-kit.local/schemas/control-history-shape.json',
  title: 'ControlHistoryShape',
  description:
    'Body of PUT /__mock/sessions/:id/history: the shape of the session\'s history, either a named one ({"name":"long"}: 500 messages; {"name":"failedWhatsAppTemplate"}: the newest message a WhatsApp template the API sent, failed with template_not_exist) or chosen field by field. Everything not chosen stays generated, so the history still agrees with the session; a shape that cannot (a template outside whatsapp, an agent in a session still queued) is refused naming the field.',
  type: 'object',
  properties: {
    name: {
      enum: ['failedWhatsAppTemplate', 'long'],
      description:
        'A shape the kit names (fixtures/history-shape.ts HISTORY_SHAPES); not together with count or newest.',
    },
    count: {
      type: 'integer',
      minimum: 1,
      maximum: 1000,
      description:
        "How many messages the history holds (a session owns 1000 msg_ids); raises last_msg_id inside the session's own block when needed.",
    },
    newest: {
      type: 'array',
      maxItems: 100,
      description:
        "The newest messages, oldest first; a closed session's closing message stays after them.",
      items: {
        type: 'object',
        properties: {
          from: {
            enum: ['customer', 'agent', 'api'],
            description:
              "Who writes it: the session's customer, an agent (an extension) or the API.",
          },
          msg_kind: { enum: [0, 1], description: '1: a WhatsApp template (whatsapp only).' },
          delivery_status: {
            enum: [0, 1, 2],
            description: "0 sending, 1 sent, 2 failed (a customer's message is 1).",
          },
          send_error: {
            type: 'string',
            maxLength: 200,
            description: "With delivery_status 2; any string (the device's set is open).",
          },
          msg_body: { type: 'string', maxLength: 4096 },
          files: {
            type: 'array',
            maxItems: 10,
            items: { $ref: 'file-info.json' },
            description: 'Attachments; msg_files carries them JSON-encoded.',
          },
        },
        required: ['from'],
        additionalProperties: false,
      },
    },
  },
  minProperties: 1,
  dependentSchemas: { name: { properties: { count: false, newest: false } } },
  additionalProperties: false,
};

function validate85(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="https://pbx-mock-kit.local/schemas/control-history-shape.json" */ let vErrors =
    null;
  let errors = 0;
  const evaluated0 = validate85.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (Object.keys(data).length < 1) {
      const err0 = {
        instancePath,
        schemaPath: '#/minProperties',
        keyword: 'minProperties',
        params: { limit: 1 },
        message: 'must NOT have fewer than 1 properties',
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === 'name' || key0 === 'count' || key0 === 'newest')) {
        const err1 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.name !== undefined) {
      let data0 = data.name;
      if (!(data0 === 'failedWhatsAppTemplate' || data0 === 'long')) {
        const err2 = {
          instancePath: instancePath + '/name',
          schemaPath: '#/properties/name/enum',
          keyword: 'enum',
          params: { allowedValues: schema100.properties.name.enum },
          message: 'must be equal to one of the allowed values',
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.count !== undefined) {
      let data1 = data.count;
      if (!(typeof data1 == 'number' && !(data1 % 1) && !isNaN(data1) && isFinite(data1))) {
        const err3 = {
          instancePath: instancePath + '/count',
          schemaPath: '#/properties/count/type',
          keyword: 'type',
          params: { type: 'integer' },
          message: 'must be integer',
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      if (typeof data1 == 'number' && isFinite(data1)) {
        if (data1 > 1000 || isNaN(data1)) {
          const err4 = {
            instancePath: instancePath + '/count',
            schemaPath: '#/properties/count/maximum',
            keyword: 'maximum',
            params: { comparison: '<=', limit: 1000 },
            message: 'must be <= 1000',
          };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        if (data1 < 1 || isNaN(data1)) {
          const err5 = {
            instancePath: instancePath + '/count',
            schemaPath: '#/properties/count/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 1 },
            message: 'must be >= 1',
          };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      }
    }
    if (data.newest !== undefined) {
      let data2 = data.newest;
      if (Array.isArray(data2)) {
        if (data2.length > 100) {
          const err6 = {
            instancePath: instancePath + '/newest',
            schemaPath: '#/properties/newest/maxItems',
            keyword: 'maxItems',
            params: { limit: 100 },
            message: 'must NOT have more than 100 items',
          };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
        const len0 = data2.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data3 = data2[i0];
          if (data3 && typeof data3 == 'object' && !Array.isArray(data3)) {
            if (data3.from === undefined) {
              const err7 = {
                instancePath: instancePath + '/newest/' + i0,
                schemaPath: '#/properties/newest/items/required',
                keyword: 'required',
                params: { missingProperty: 'from' },
                message: "must have required property '" + 'from' + "'",
              };
              if (vErrors === null) {
                vErrors = [err7];
              } else {
                vErrors.push(err7);
              }
              errors++;
            }
            for (const key1 in data3) {
              if (!(
                key1 === 'from' ||
                key1 === 'msg_kind' ||
                key1 === 'delivery_status' ||
                key1 === 'send_error' ||
                key1 === 'msg_body' ||
                key1 === 'files'
              )) {
                const err8 = {
                  instancePath: instancePath + '/newest/' + i0,
                  schemaPath: '#/properties/newest/items/additionalProperties',
                  keyword: 'additionalProperties',
                  params: { additionalProperty: key1 },
                  message: 'must NOT have additional properties',
                };
                if (vErrors === null) {
                  vErrors = [err8];
                } else {
                  vErrors.push(err8);
                }
                errors++;
              }
            }
            if (data3.from !== undefined) {
              let data4 = data3.from;
              if (!(data4 === 'customer' || data4 === 'agent' || data4 === 'api')) {
                const err9 = {
                  instancePath: instancePath + '/newest/' + i0 + '/from',
                  schemaPath: '#/properties/newest/items/properties/from/enum',
                  keyword: 'enum',
                  params: { allowedValues: schema100.properties.newest.items.properties.from.enum },
                  message: 'must be equal to one of the allowed values',
                };
                if (vErrors === null) {
                  vErrors = [err9];
                } else {
                  vErrors.push(err9);
                }
                errors++;
              }
            }
            if (data3.msg_kind !== undefined) {
              let data5 = data3.msg_kind;
              if (!(data5 === 0 || data5 === 1)) {
                const err10 = {
                  instancePath: instancePath + '/newest/' + i0 + '/msg_kind',
                  schemaPath: '#/properties/newest/items/properties/msg_kind/enum',
                  keyword: 'enum',
                  params: {
                    allowedValues: schema100.properties.newest.items.properties.msg_kind.enum,
                  },
                  message: 'must be equal to one of the allowed values',
                };
                if (vErrors === null) {
                  vErrors = [err10];
                } else {
                  vErrors.push(err10);
                }
                errors++;
              }
            }
            if (data3.delivery_status !== undefined) {
              let data6 = data3.delivery_status;
              if (!(data6 === 0 || data6 === 1 || data6 === 2)) {
                const err11 = {
                  instancePath: instancePath + '/newest/' + i0 + '/delivery_status',
                  schemaPath: '#/properties/newest/items/properties/delivery_status/enum',
                  keyword: 'enum',
                  params: {
                    allowedValues:
                      schema100.properties.newest.items.properties.delivery_status.enum,
                  },
                  message: 'must be equal to one of the allowed values',
                };
                if (vErrors === null) {
                  vErrors = [err11];
                } else {
                  vErrors.push(err11);
                }
                errors++;
              }
            }
            if (data3.send_error !== undefined) {
              let data7 = data3.send_error;
              if (typeof data7 === 'string') {
                if (func1(data7) > 200) {
                  const err12 = {
                    instancePath: instancePath + '/newest/' + i0 + '/send_error',
                    schemaPath: '#/properties/newest/items/properties/send_error/maxLength',
                    keyword: 'maxLength',
                    params: { limit: 200 },
                    message: 'must NOT have more than 200 characters',
                  };
                  if (vErrors === null) {
                    vErrors = [err12];
                  } else {
                    vErrors.push(err12);
                  }
                  errors++;
                }
              } else {
                const err13 = {
                  instancePath: instancePath + '/newest/' + i0 + '/send_error',
                  schemaPath: '#/properties/newest/items/properties/send_error/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                };
                if (vErrors === null) {
                  vErrors = [err13];
                } else {
                  vErrors.push(err13);
                }
                errors++;
              }
            }
            if (data3.msg_body !== undefined) {
              let data8 = data3.msg_body;
              if (typeof data8 === 'string') {
                if (func1(data8) > 4096) {
                  const err14 = {
                    instancePath: instancePath + '/newest/' + i0 + '/msg_body',
                    schemaPath: '#/properties/newest/items/properties/msg_body/maxLength',
                    keyword: 'maxLength',
                    params: { limit: 4096 },
                    message: 'must NOT have more than 4096 characters',
                  };
                  if (vErrors === null) {
                    vErrors = [err14];
                  } else {
                    vErrors.push(err14);
                  }
                  errors++;
                }
              } else {
                const err15 = {
                  instancePath: instancePath + '/newest/' + i0 + '/msg_body',
                  schemaPath: '#/properties/newest/items/properties/msg_body/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                };
                if (vErrors === null) {
                  vErrors = [err15];
                } else {
                  vErrors.push(err15);
                }
                errors++;
              }
            }
            if (data3.files !== undefined) {
              let data9 = data3.files;
              if (Array.isArray(data9)) {
                if (data9.length > 10) {
                  const err16 = {
                    instancePath: instancePath + '/newest/' + i0 + '/files',
                    schemaPath: '#/properties/newest/items/properties/files/maxItems',
                    keyword: 'maxItems',
                    params: { limit: 10 },
                    message: 'must NOT have more than 10 items',
                  };
                  if (vErrors === null) {
                    vErrors = [err16];
                  } else {
                    vErrors.push(err16);
                  }
                  errors++;
                }
                const len1 = data9.length;
                for (let i1 = 0; i1 < len1; i1++) {
                  let data10 = data9[i1];
                  if (data10 && typeof data10 == 'object' && !Array.isArray(data10)) {
                    if (data10.id === undefined) {
                      const err17 = {
                        instancePath: instancePath + '/newest/' + i0 + '/files/' + i1,
                        schemaPath: 'file-info.json/required',
                        keyword: 'required',
                        params: { missingProperty: 'id' },
                        message: "must have required property '" + 'id' + "'",
                      };
                      if (vErrors === null) {
                        vErrors = [err17];
                      } else {
                        vErrors.push(err17);
                      }
                      errors++;
                    }
                    if (data10.name === undefined) {
                      const err18 = {
                        instancePath: instancePath + '/newest/' + i0 + '/files/' + i1,
                        schemaPath: 'file-info.json/required',
                        keyword: 'required',
                        params: { missingProperty: 'name' },
                        message: "must have required property '" + 'name' + "'",
                      };
                      if (vErrors === null) {
                        vErrors = [err18];
                      } else {
                        vErrors.push(err18);
                      }
                      errors++;
                    }
                    if (data10.uri === undefined) {
                      const err19 = {
                        instancePath: instancePath + '/newest/' + i0 + '/files/' + i1,
                        schemaPath: 'file-info.json/required',
                        keyword: 'required',
                        params: { missingProperty: 'uri' },
                        message: "must have required property '" + 'uri' + "'",
                      };
                      if (vErrors === null) {
                        vErrors = [err19];
                      } else {
                        vErrors.push(err19);
                      }
                      errors++;
                    }
                    if (data10.type === undefined) {
                      const err20 = {
                        instancePath: instancePath + '/newest/' + i0 + '/files/' + i1,
                        schemaPath: 'file-info.json/required',
                        keyword: 'required',
                        params: { missingProperty: 'type' },
                        message: "must have required property '" + 'type' + "'",
                      };
                      if (vErrors === null) {
                        vErrors = [err20];
                      } else {
                        vErrors.push(err20);
                      }
                      errors++;
                    }
                    if (data10.size === undefined) {
                      const err21 = {
                        instancePath: instancePath + '/newest/' + i0 + '/files/' + i1,
                        schemaPath: 'file-info.json/required',
                        keyword: 'required',
                        params: { missingProperty: 'size' },
                        message: "must have required property '" + 'size' + "'",
                      };
                      if (vErrors === null) {
                        vErrors = [err21];
                      } else {
                        vErrors.push(err21);
                      }
                      errors++;
                    }
                    for (const key2 in data10) {
                      if (!(
                        key2 === 'id' ||
                        key2 === 'name' ||
                        key2 === 'uri' ||
                        key2 === 'type' ||
                        key2 === 'size'
                      )) {
                        const err22 = {
                          instancePath: instancePath + '/newest/' + i0 + '/files/' + i1,
                          schemaPath: 'file-info.json/additionalProperties',
                          keyword: 'additionalProperties',
                          params: { additionalProperty: key2 },
                          message: 'must NOT have additional properties',
                        };
                        if (vErrors === null) {
                          vErrors = [err22];
                        } else {
                          vErrors.push(err22);
                        }
                        errors++;
                      }
                    }
                    if (data10.id !== undefined) {
                      let data11 = data10.id;
                      if (!(
                        typeof data11 == 'number' &&
                        !(data11 % 1) &&
                        !isNaN(data11) &&
                        isFinite(data11)
                      )) {
                        const err23 = {
                          instancePath: instancePath + '/newest/' + i0 + '/files/' + i1 + '/id',
                          schemaPath: 'file-info.json/properties/id/type',
                          keyword: 'type',
                          params: { type: 'integer' },
                          message: 'must be integer',
                        };
                        if (vErrors === null) {
                          vErrors = [err23];
                        } else {
                          vErrors.push(err23);
                        }
                        errors++;
                      }
                      if (typeof data11 == 'number' && isFinite(data11)) {
                        if (data11 < 0 || isNaN(data11)) {
                          const err24 = {
                            instancePath: instancePath + '/newest/' + i0 + '/files/' + i1 + '/id',
                            schemaPath: 'file-info.json/properties/id/minimum',
                            keyword: 'minimum',
                            params: { comparison: '>=', limit: 0 },
                            message: 'must be >= 0',
                          };
                          if (vErrors === null) {
                            vErrors = [err24];
                          } else {
                            vErrors.push(err24);
                          }
                          errors++;
                        }
                      }
                    }
                    if (data10.name !== undefined) {
                      if (typeof data10.name !== 'string') {
                        const err25 = {
                          instancePath: instancePath + '/newest/' + i0 + '/files/' + i1 + '/name',
                          schemaPath: 'file-info.json/properties/name/type',
                          keyword: 'type',
                          params: { type: 'string' },
                          message: 'must be string',
                        };
                        if (vErrors === null) {
                          vErrors = [err25];
                        } else {
                          vErrors.push(err25);
                        }
                        errors++;
                      }
                    }
                    if (data10.uri !== undefined) {
                      if (typeof data10.uri !== 'string') {
                        const err26 = {
                          instancePath: instancePath + '/newest/' + i0 + '/files/' + i1 + '/uri',
                          schemaPath: 'file-info.json/properties/uri/type',
                          keyword: 'type',
                          params: { type: 'string' },
                          message: 'must be string',
                        };
                        if (vErrors === null) {
                          vErrors = [err26];
                        } else {
                          vErrors.push(err26);
                        }
                        errors++;
                      }
                    }
                    if (data10.type !== undefined) {
                      if (typeof data10.type !== 'string') {
                        const err27 = {
                          instancePath: instancePath + '/newest/' + i0 + '/files/' + i1 + '/type',
                          schemaPath: 'file-info.json/properties/type/type',
                          keyword: 'type',
                          params: { type: 'string' },
                          message: 'must be string',
                        };
                        if (vErrors === null) {
                          vErrors = [err27];
                        } else {
                          vErrors.push(err27);
                        }
                        errors++;
                      }
                    }
                    if (data10.size !== undefined) {
                      let data15 = data10.size;
                      if (!(
                        typeof data15 == 'number' &&
                        !(data15 % 1) &&
                        !isNaN(data15) &&
                        isFinite(data15)
                      )) {
                        const err28 = {
                          instancePath: instancePath + '/newest/' + i0 + '/files/' + i1 + '/size',
                          schemaPath: 'file-info.json/properties/size/type',
                          keyword: 'type',
                          params: { type: 'integer' },
                          message: 'must be integer',
                        };
                        if (vErrors === null) {
                          vErrors = [err28];
                        } else {
                          vErrors.push(err28);
                        }
                        errors++;
                      }
                      if (typeof data15 == 'number' && isFinite(data15)) {
                        if (data15 < 0 || isNaN(data15)) {
                          const err29 = {
                            instancePath: instancePath + '/newest/' + i0 + '/files/' + i1 + '/size',
                            schemaPath: 'file-info.json/properties/size/minimum',
                            keyword: 'minimum',
                            params: { comparison: '>=', limit: 0 },
                            message: 'must be >= 0',
                          };
                          if (vErrors === null) {
                            vErrors = [err29];
                          } else {
                            vErrors.push(err29);
                          }
                          errors++;
                        }
                      }
                    }
                  } else {
                    const err30 = {
                      instancePath: instancePath + '/newest/' + i0 + '/files/' + i1,
                      schemaPath: 'file-info.json/type',
                      keyword: 'type',
                      params: { type: 'object' },
                      message: 'must be object',
                    };
                    if (vErrors === null) {
                      vErrors = [err30];
                    } else {
                      vErrors.push(err30);
                    }
                    errors++;
                  }
                }
              } else {
                const err31 = {
                  instancePath: instancePath + '/newest/' + i0 + '/files',
                  schemaPath: '#/properties/newest/items/properties/files/type',
                  keyword: 'type',
                  params: { type: 'array' },
                  message: 'must be array',
                };
                if (vErrors === null) {
                  vErrors = [err31];
                } else {
                  vErrors.push(err31);
                }
                errors++;
              }
            }
          } else {
            const err32 = {
              instancePath: instancePath + '/newest/' + i0,
              schemaPath: '#/properties/newest/items/type',
              keyword: 'type',
              params: { type: 'object' },
              message: 'must be object',
            };
            if (vErrors === null) {
              vErrors = [err32];
            } else {
              vErrors.push(err32);
            }
            errors++;
          }
        }
      } else {
        const err33 = {
          instancePath: instancePath + '/newest',
          schemaPath: '#/properties/newest/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
        };
        if (vErrors === null) {
          vErrors = [err33];
        } else {
          vErrors.push(err33);
        }
        errors++;
      }
    }
    if (data.name !== undefined) {
      if (data && typeof data == 'object' && !Array.isArray(data)) {
        if (data.count !== undefined) {
          const err34 = {
            instancePath: instancePath + '/count',
            schemaPath: '#/dependentSchemas/name/properties/count/false schema',
            keyword: 'false schema',
            params: {},
            message: 'boolean schema is false',
          };
          if (vErrors === null) {
            vErrors = [err34];
          } else {
            vErrors.push(err34);
          }
          errors++;
        }
        if (data.newest !== undefined) {
          const err35 = {
            instancePath: instancePath + '/newest',
            schemaPath: '#/dependentSchemas/name/properties/newest/false schema',
            keyword: 'false schema',
            params: {},
            message: 'boolean schema is false',
          };
          if (vErrors === null) {
            vErrors = [err35];
          } else {
            vErrors.push(err35);
          }
          errors++;
        }
      }
    }
  } else {
    const err36 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err36];
    } else {
      vErrors.push(err36);
    }
    errors++;
  }
  validate85.errors = vErrors;
  return errors === 0;
}
validate85.evaluated = { props: true, dynamicProps: false, dynamicItems: false };

export const ControlHistoryView = validate86;
const schema102 = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://pbx-mock-kit.local/schemas/control-history-view.json',
  title: 'ControlHistoryView',
  description:
    "A session's history as the control API shows it (GET, PUT and DELETE /__mock/sessions/:id/history): the shape it has, or null when it is the generated one, with the session's last_msg_id (its newest message) and how many messages message/get pages through.",
  type: 'object',
  properties: {
    session_id: { type: 'integer', minimum: 1 },
    name: {
      enum: ['failedWhatsAppTemplate', 'long'],
      description: 'The named shape asked for, when one was.',
    },
    shape: {
      anyOf: [{ $ref: 'control-history-shape.json' }, { type: 'null' }],
      description:
        'The shape in force (a named one spelled out), or null for the generated history.',
    },
    last_msg_id: { type: 'integer', minimum: 0, description: "The newest message's id." },
    message_count: { type: 'integer', minimum: 1 },
  },
  required: ['session_id', 'shape', 'last_msg_id', 'message_count'],
  additionalProperties: false,
};

function validate86(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="https://pbx-mock-kit.local/schemas/control-history-view.json" */ let vErrors =
    null;
  let errors = 0;
  const evaluated0 = validate86.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.session_id === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'session_id' },
        message: "must have required property '" + 'session_id' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.shape === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'shape' },
        message: "must have required property '" + 'shape' + "'",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.last_msg_id === undefined) {
      const err2 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'last_msg_id' },
        message: "must have required property '" + 'last_msg_id' + "'",
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.message_count === undefined) {
      const err3 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'message_count' },
        message: "must have required property '" + 'message_count' + "'",
      };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(
        key0 === 'session_id' ||
        key0 === 'name' ||
        key0 === 'shape' ||
        key0 === 'last_msg_id' ||
        key0 === 'message_count'
      )) {
        const err4 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
        };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.session_id !== undefined) {
      let data0 = data.session_id;
      if (!(typeof data0 == 'number' && !(data0 % 1) && !isNaN(data0) && isFinite(data0))) {
        const err5 = {
          instancePath: instancePath + '/session_id',
          schemaPath: '#/properties/session_id/type',
          keyword: 'type',
          params: { type: 'integer' },
          message: 'must be integer',
        };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
      if (typeof data0 == 'number' && isFinite(data0)) {
        if (data0 < 1 || isNaN(data0)) {
          const err6 = {
            instancePath: instancePath + '/session_id',
            schemaPath: '#/properties/session_id/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 1 },
            message: 'must be >= 1',
          };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      }
    }
    if (data.name !== undefined) {
      let data1 = data.name;
      if (!(data1 === 'failedWhatsAppTemplate' || data1 === 'long')) {
        const err7 = {
          instancePath: instancePath + '/name',
          schemaPath: '#/properties/name/enum',
          keyword: 'enum',
          params: { allowedValues: schema102.properties.name.enum },
          message: 'must be equal to one of the allowed values',
        };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.shape !== undefined) {
      let data2 = data.shape;
      const _errs6 = errors;
      let valid1 = false;
      const _errs7 = errors;
      if (
        !validate85(data2, {
          instancePath: instancePath + '/shape',
          parentData: data,
          parentDataProperty: 'shape',
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate85.errors : vErrors.concat(validate85.errors);
        errors = vErrors.length;
      }
      var _valid0 = _errs7 === errors;
      valid1 = valid1 || _valid0;
      const _errs8 = errors;
      if (data2 !== null) {
        const err8 = {
          instancePath: instancePath + '/shape',
          schemaPath: '#/properties/shape/anyOf/1/type',
          keyword: 'type',
          params: { type: 'null' },
          message: 'must be null',
        };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
      var _valid0 = _errs8 === errors;
      valid1 = valid1 || _valid0;
      if (!valid1) {
        const err9 = {
          instancePath: instancePath + '/shape',
          schemaPath: '#/properties/shape/anyOf',
          keyword: 'anyOf',
          params: {},
          message: 'must match a schema in anyOf',
        };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      } else {
        errors = _errs6;
        if (vErrors !== null) {
          if (_errs6) {
            vErrors.length = _errs6;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.last_msg_id !== undefined) {
      let data3 = data.last_msg_id;
      if (!(typeof data3 == 'number' && !(data3 % 1) && !isNaN(data3) && isFinite(data3))) {
        const err10 = {
          instancePath: instancePath + '/last_msg_id',
          schemaPath: '#/properties/last_msg_id/type',
          keyword: 'type',
          params: { type: 'integer' },
          message: 'must be integer',
        };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
      if (typeof data3 == 'number' && isFinite(data3)) {
        if (data3 < 0 || isNaN(data3)) {
          const err11 = {
            instancePath: instancePath + '/last_msg_id',
            schemaPath: '#/properties/last_msg_id/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
            message: 'must be >= 0',
          };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
      }
    }
    if (data.message_count !== undefined) {
      let data4 = data.message_count;
      if (!(typeof data4 == 'number' && !(data4 % 1) && !isNaN(data4) && isFinite(data4))) {
        const err12 = {
          instancePath: instancePath + '/message_count',
          schemaPath: '#/properties/message_count/type',
          keyword: 'type',
          params: { type: 'integer' },
          message: 'must be integer',
        };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
      if (typeof data4 == 'number' && isFinite(data4)) {
        if (data4 < 1 || isNaN(data4)) {
          const err13 = {
            instancePath: instancePath + '/message_count',
            schemaPath: '#/properties/message_count/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 1 },
            message: 'must be >= 1',
          };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
      }
    }
  } else {
    const err14 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err14];
    } else {
      vErrors.push(err14);
    }
    errors++;
  }
  validate86.errors = vErrors;
  return errors === 0;
}
validate86.evaluated = { props: true, dynamicProps: false, dynamicItems: false };

export const ControlJournalQuery = validate88;
const schema103 = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://pbx-mock-kit.local/schemas/control-journal-query.json',
  title: 'ControlJournalQuery',
  description: 'Query parameters of GET /__mock/journal; entries must meet every one given.',
  type: 'object',
  properties: {
    path: {
      type: 'string',
      minLength: 1,
      maxLength: 256,
      description: 'Endpoint name (refresh_token) or full path.',
    },
    method: { type: 'string', pattern: '^[A-Z]{1,16}$' },
    errcode: { type: 'string', pattern: '^-?[0-9]{1,10}$' },
    rule: { type: 'string', minLength: 1, maxLength: 64, description: 'Answered by this rule.' },
    limit: {
      type: 'string',
      pattern: '^[0-9]{1,7}$',
      description: 'At most this many entries, the newest (default: all that are kept).',
    },
  },
  additionalProperties: false,
};
const pattern27 = new RegExp('^[A-Z]{1,16}$', 'u');
const pattern28 = new RegExp('^-?[0-9]{1,10}$', 'u');
const pattern29 = new RegExp('^[0-9]{1,7}$', 'u');

function validate88(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="https://pbx-mock-kit.local/schemas/control-journal-query.json" */ let vErrors =
    null;
  let errors = 0;
  const evaluated0 = validate88.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(
        key0 === 'path' ||
        key0 === 'method' ||
        key0 === 'errcode' ||
        key0 === 'rule' ||
        key0 === 'limit'
      )) {
        const err0 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
        };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.path !== undefined) {
      let data0 = data.path;
      if (typeof data0 === 'string') {
        if (func1(data0) > 256) {
          const err1 = {
            instancePath: instancePath + '/path',
            schemaPath: '#/properties/path/maxLength',
            keyword: 'maxLength',
            params: { limit: 256 },
            message: 'must NOT have more than 256 characters',
          };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
        if (func1(data0) < 1) {
          const err2 = {
            instancePath: instancePath + '/path',
            schemaPath: '#/properties/path/minLength',
            keyword: 'minLength',
            params: { limit: 1 },
            message: 'must NOT have fewer than 1 characters',
          };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      } else {
        const err3 = {
          instancePath: instancePath + '/path',
          schemaPath: '#/properties/path/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.method !== undefined) {
      let data1 = data.method;
      if (typeof data1 === 'string') {
        if (!pattern27.test(data1)) {
          const err4 = {
            instancePath: instancePath + '/method',
            schemaPath: '#/properties/method/pattern',
            keyword: 'pattern',
            params: { pattern: '^[A-Z]{1,16}$' },
            message: 'must match pattern "' + '^[A-Z]{1,16}$' + '"',
          };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      } else {
        const err5 = {
          instancePath: instancePath + '/method',
          schemaPath: '#/properties/method/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.errcode !== undefined) {
      let data2 = data.errcode;
      if (typeof data2 === 'string') {
        if (!pattern28.test(data2)) {
          const err6 = {
            instancePath: instancePath + '/errcode',
            schemaPath: '#/properties/errcode/pattern',
            keyword: 'pattern',
            params: { pattern: '^-?[0-9]{1,10}$' },
            message: 'must match pattern "' + '^-?[0-9]{1,10}$' + '"',
          };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      } else {
        const err7 = {
          instancePath: instancePath + '/errcode',
          schemaPath: '#/properties/errcode/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.rule !== undefined) {
      let data3 = data.rule;
      if (typeof data3 === 'string') {
        if (func1(data3) > 64) {
          const err8 = {
            instancePath: instancePath + '/rule',
            schemaPath: '#/properties/rule/maxLength',
            keyword: 'maxLength',
            params: { limit: 64 },
            message: 'must NOT have more than 64 characters',
          };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
        if (func1(data3) < 1) {
          const err9 = {
            instancePath: instancePath + '/rule',
            schemaPath: '#/properties/rule/minLength',
            keyword: 'minLength',
            params: { limit: 1 },
            message: 'must NOT have fewer than 1 characters',
          };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
      } else {
        const err10 = {
          instancePath: instancePath + '/rule',
          schemaPath: '#/properties/rule/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.limit !== undefined) {
      let data4 = data.limit;
      if (typeof data4 === 'string') {
        if (!pattern29.test(data4)) {
          const err11 = {
            instancePath: instancePath + '/limit',
            schemaPath: '#/properties/limit/pattern',
            keyword: 'pattern',
            params: { pattern: '^[0-9]{1,7}$' },
            message: 'must match pattern "' + '^[0-9]{1,7}$' + '"',
          };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
      } else {
        const err12 = {
          instancePath: instancePath + '/limit',
          schemaPath: '#/properties/limit/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
  } else {
    const err13 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err13];
    } else {
      vErrors.push(err13);
    }
    errors++;
  }
  validate88.errors = vErrors;
  return errors === 0;
}
validate88.evaluated = { props: true, dynamicProps: false, dynamicItems: false };

export const ControlJournalEntry = validate89;
const schema104 = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://pbx-mock-kit.local/schemas/control-journal-entry.json',
  title: 'ControlJournalEntry',
  description: 'One device request the mock received, oldest first. access_token is masked (***).',
  type: 'object',
  properties: {
    seq: { type: 'integer', minimum: 1, description: 'Order of arrival since the last clear.' },
    at: { type: 'string', description: "The mock's time (test clock)." },
    method: { type: 'string' },
    path: { type: 'string' },
    query: {
      type: 'object',
      additionalProperties: {
        anyOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }],
      },
    },
    status: { type: 'integer', description: 'HTTP status; 0 when no reply was sent.' },
    errcode: { type: 'integer', description: "The answer's errcode, when the answer had one." },
    rule: { type: 'string', description: 'The rule that answered or delayed it.' },
    fault: { type: 'string', description: 'The fault it got.' },
  },
  required: ['seq', 'at', 'method', 'path', 'query', 'status'],
  additionalProperties: false,
};

function validate89(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="https://pbx-mock-kit.local/schemas/control-journal-entry.json" */ let vErrors =
    null;
  let errors = 0;
  const evaluated0 = validate89.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.seq === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'seq' },
        message: "must have required property '" + 'seq' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.at === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'at' },
        message: "must have required property '" + 'at' + "'",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.method === undefined) {
      const err2 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'method' },
        message: "must have required property '" + 'method' + "'",
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.path === undefined) {
      const err3 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'path' },
        message: "must have required property '" + 'path' + "'",
      };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.query === undefined) {
      const err4 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'query' },
        message: "must have required property '" + 'query' + "'",
      };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.status === undefined) {
      const err5 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'status' },
        message: "must have required property '" + 'status' + "'",
      };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func2.call(schema104.properties, key0)) {
        const err6 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
        };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.seq !== undefined) {
      let data0 = data.seq;
      if (!(typeof data0 == 'number' && !(data0 % 1) && !isNaN(data0) && isFinite(data0))) {
        const err7 = {
          instancePath: instancePath + '/seq',
          schemaPath: '#/properties/seq/type',
          keyword: 'type',
          params: { type: 'integer' },
          message: 'must be integer',
        };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
      if (typeof data0 == 'number' && isFinite(data0)) {
        if (data0 < 1 || isNaN(data0)) {
          const err8 = {
            instancePath: instancePath + '/seq',
            schemaPath: '#/properties/seq/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 1 },
            message: 'must be >= 1',
          };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      }
    }
    if (data.at !== undefined) {
      if (typeof data.at !== 'string') {
        const err9 = {
          instancePath: instancePath + '/at',
          schemaPath: '#/properties/at/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.method !== undefined) {
      if (typeof data.method !== 'string') {
        const err10 = {
          instancePath: instancePath + '/method',
          schemaPath: '#/properties/method/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.path !== undefined) {
      if (typeof data.path !== 'string') {
        const err11 = {
          instancePath: instancePath + '/path',
          schemaPath: '#/properties/path/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.query !== undefined) {
      let data4 = data.query;
      if (data4 && typeof data4 == 'object' && !Array.isArray(data4)) {
        for (const key1 in data4) {
          let data5 = data4[key1];
          const _errs14 = errors;
          let valid2 = false;
          const _errs15 = errors;
          if (typeof data5 !== 'string') {
            const err12 = {
              instancePath:
                instancePath + '/query/' + key1.replace(/~/g, '~0').replace(/\//g, '~1'),
              schemaPath: '#/properties/query/additionalProperties/anyOf/0/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
            };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
          var _valid0 = _errs15 === errors;
          valid2 = valid2 || _valid0;
          const _errs17 = errors;
          if (Array.isArray(data5)) {
            const len0 = data5.length;
            for (let i0 = 0; i0 < len0; i0++) {
              if (typeof data5[i0] !== 'string') {
                const err13 = {
                  instancePath:
                    instancePath +
                    '/query/' +
                    key1.replace(/~/g, '~0').replace(/\//g, '~1') +
                    '/' +
                    i0,
                  schemaPath: '#/properties/query/additionalProperties/anyOf/1/items/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                };
                if (vErrors === null) {
                  vErrors = [err13];
                } else {
                  vErrors.push(err13);
                }
                errors++;
              }
            }
          } else {
            const err14 = {
              instancePath:
                instancePath + '/query/' + key1.replace(/~/g, '~0').replace(/\//g, '~1'),
              schemaPath: '#/properties/query/additionalProperties/anyOf/1/type',
              keyword: 'type',
              params: { type: 'array' },
              message: 'must be array',
            };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
          var _valid0 = _errs17 === errors;
          valid2 = valid2 || _valid0;
          if (!valid2) {
            const err15 = {
              instancePath:
                instancePath + '/query/' + key1.replace(/~/g, '~0').replace(/\//g, '~1'),
              schemaPath: '#/properties/query/additionalProperties/anyOf',
              keyword: 'anyOf',
              params: {},
              message: 'must match a schema in anyOf',
            };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          } else {
            errors = _errs14;
            if (vErrors !== null) {
              if (_errs14) {
                vErrors.length = _errs14;
              } else {
                vErrors = null;
              }
            }
          }
        }
      } else {
        const err16 = {
          instancePath: instancePath + '/query',
          schemaPath: '#/properties/query/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
        };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.status !== undefined) {
      let data7 = data.status;
      if (!(typeof data7 == 'number' && !(data7 % 1) && !isNaN(data7) && isFinite(data7))) {
        const err17 = {
          instancePath: instancePath + '/status',
          schemaPath: '#/properties/status/type',
          keyword: 'type',
          params: { type: 'integer' },
          message: 'must be integer',
        };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    if (data.errcode !== undefined) {
      let data8 = data.errcode;
      if (!(typeof data8 == 'number' && !(data8 % 1) && !isNaN(data8) && isFinite(data8))) {
        const err18 = {
          instancePath: instancePath + '/errcode',
          schemaPath: '#/properties/errcode/type',
          keyword: 'type',
          params: { type: 'integer' },
          message: 'must be integer',
        };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    if (data.rule !== undefined) {
      if (typeof data.rule !== 'string') {
        const err19 = {
          instancePath: instancePath + '/rule',
          schemaPath: '#/properties/rule/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
    if (data.fault !== undefined) {
      if (typeof data.fault !== 'string') {
        const err20 = {
          instancePath: instancePath + '/fault',
          schemaPath: '#/properties/fault/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
  } else {
    const err21 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err21];
    } else {
      vErrors.push(err21);
    }
    errors++;
  }
  validate89.errors = vErrors;
  return errors === 0;
}
validate89.evaluated = { props: true, dynamicProps: false, dynamicItems: false };

export const ControlJournal = validate90;
const schema105 = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://pbx-mock-kit.local/schemas/control-journal.json',
  title: 'ControlJournal',
  description:
    'Answer of GET /__mock/journal: the last requests (a ring of fixed capacity) and counts per endpoint since the last clear.',
  type: 'object',
  properties: {
    capacity: { type: 'integer', minimum: 0, description: 'Entries kept at most.' },
    total: { type: 'integer', minimum: 0, description: 'Requests recorded since the last clear.' },
    counts: {
      type: 'object',
      additionalProperties: { type: 'integer', minimum: 0 },
      description:
        'Requests per endpoint name since the last clear; other paths count under (unknown).',
    },
    budget_bytes: {
      type: 'integer',
      minimum: 0,
      description:
        "The journal's byte budget (--budget journal=SIZE): past it the oldest entries are forgotten.",
    },
    used_bytes: {
      type: 'integer',
      minimum: 0,
      description: 'Bytes the kept entries are charged: each request line plus 64.',
    },
    entries: { type: 'array', items: { $ref: 'control-journal-entry.json' } },
  },
  required: ['capacity', 'total', 'counts', 'budget_bytes', 'used_bytes', 'entries'],
  additionalProperties: false,
};

function validate90(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="https://pbx-mock-kit.local/schemas/control-journal.json" */ let vErrors = null;
  let errors = 0;
  const evaluated0 = validate90.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.capacity === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'capacity' },
        message: "must have required property '" + 'capacity' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.total === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'total' },
        message: "must have required property '" + 'total' + "'",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.counts === undefined) {
      const err2 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'counts' },
        message: "must have required property '" + 'counts' + "'",
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.budget_bytes === undefined) {
      const err3 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'budget_bytes' },
        message: "must have required property '" + 'budget_bytes' + "'",
      };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.used_bytes === undefined) {
      const err4 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'used_bytes' },
        message: "must have required property '" + 'used_bytes' + "'",
      };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.entries === undefined) {
      const err5 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'entries' },
        message: "must have required property '" + 'entries' + "'",
      };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(
        key0 === 'capacity' ||
        key0 === 'total' ||
        key0 === 'counts' ||
        key0 === 'budget_bytes' ||
        key0 === 'used_bytes' ||
        key0 === 'entries'
      )) {
        const err6 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
        };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.capacity !== undefined) {
      let data0 = data.capacity;
      if (!(typeof data0 == 'number' && !(data0 % 1) && !isNaN(data0) && isFinite(data0))) {
        const err7 = {
          instancePath: instancePath + '/capacity',
          schemaPath: '#/properties/capacity/type',
          keyword: 'type',
          params: { type: 'integer' },
          message: 'must be integer',
        };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
      if (typeof data0 == 'number' && isFinite(data0)) {
        if (data0 < 0 || isNaN(data0)) {
          const err8 = {
            instancePath: instancePath + '/capacity',
            schemaPath: '#/properties/capacity/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
            message: 'must be >= 0',
          };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      }
    }
    if (data.total !== undefined) {
      let data1 = data.total;
      if (!(typeof data1 == 'number' && !(data1 % 1) && !isNaN(data1) && isFinite(data1))) {
        const err9 = {
          instancePath: instancePath + '/total',
          schemaPath: '#/properties/total/type',
          keyword: 'type',
          params: { type: 'integer' },
          message: 'must be integer',
        };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
      if (typeof data1 == 'number' && isFinite(data1)) {
        if (data1 < 0 || isNaN(data1)) {
          const err10 = {
            instancePath: instancePath + '/total',
            schemaPath: '#/properties/total/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
            message: 'must be >= 0',
          };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
      }
    }
    if (data.counts !== undefined) {
      let data2 = data.counts;
      if (data2 && typeof data2 == 'object' && !Array.isArray(data2)) {
        for (const key1 in data2) {
          let data3 = data2[key1];
          if (!(typeof data3 == 'number' && !(data3 % 1) && !isNaN(data3) && isFinite(data3))) {
            const err11 = {
              instancePath:
                instancePath + '/counts/' + key1.replace(/~/g, '~0').replace(/\//g, '~1'),
              schemaPath: '#/properties/counts/additionalProperties/type',
              keyword: 'type',
              params: { type: 'integer' },
              message: 'must be integer',
            };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
          if (typeof data3 == 'number' && isFinite(data3)) {
            if (data3 < 0 || isNaN(data3)) {
              const err12 = {
                instancePath:
                  instancePath + '/counts/' + key1.replace(/~/g, '~0').replace(/\//g, '~1'),
                schemaPath: '#/properties/counts/additionalProperties/minimum',
                keyword: 'minimum',
                params: { comparison: '>=', limit: 0 },
                message: 'must be >= 0',
              };
              if (vErrors === null) {
                vErrors = [err12];
              } else {
                vErrors.push(err12);
              }
              errors++;
            }
          }
        }
      } else {
        const err13 = {
          instancePath: instancePath + '/counts',
          schemaPath: '#/properties/counts/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
        };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.budget_bytes !== undefined) {
      let data4 = data.budget_bytes;
      if (!(typeof data4 == 'number' && !(data4 % 1) && !isNaN(data4) && isFinite(data4))) {
        const err14 = {
          instancePath: instancePath + '/budget_bytes',
          schemaPath: '#/properties/budget_bytes/type',
          keyword: 'type',
          params: { type: 'integer' },
          message: 'must be integer',
        };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
      if (typeof data4 == 'number' && isFinite(data4)) {
        if (data4 < 0 || isNaN(data4)) {
          const err15 = {
            instancePath: instancePath + '/budget_bytes',
            schemaPath: '#/properties/budget_bytes/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
            message: 'must be >= 0',
          };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
      }
    }
    if (data.used_bytes !== undefined) {
      let data5 = data.used_bytes;
      if (!(typeof data5 == 'number' && !(data5 % 1) && !isNaN(data5) && isFinite(data5))) {
        const err16 = {
          instancePath: instancePath + '/used_bytes',
          schemaPath: '#/properties/used_bytes/type',
          keyword: 'type',
          params: { type: 'integer' },
          message: 'must be integer',
        };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
      if (typeof data5 == 'number' && isFinite(data5)) {
        if (data5 < 0 || isNaN(data5)) {
          const err17 = {
            instancePath: instancePath + '/used_bytes',
            schemaPath: '#/properties/used_bytes/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
            message: 'must be >= 0',
          };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
      }
    }
    if (data.entries !== undefined) {
      let data6 = data.entries;
      if (Array.isArray(data6)) {
        const len0 = data6.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data7 = data6[i0];
          if (data7 && typeof data7 == 'object' && !Array.isArray(data7)) {
            if (data7.seq === undefined) {
              const err18 = {
                instancePath: instancePath + '/entries/' + i0,
                schemaPath: 'control-journal-entry.json/required',
                keyword: 'required',
                params: { missingProperty: 'seq' },
                message: "must have required property '" + 'seq' + "'",
              };
              if (vErrors === null) {
                vErrors = [err18];
              } else {
                vErrors.push(err18);
              }
              errors++;
            }
            if (data7.at === undefined) {
              const err19 = {
                instancePath: instancePath + '/entries/' + i0,
                schemaPath: 'control-journal-entry.json/required',
                keyword: 'required',
                params: { missingProperty: 'at' },
                message: "must have required property '" + 'at' + "'",
              };
              if (vErrors === null) {
                vErrors = [err19];
              } else {
                vErrors.push(err19);
              }
              errors++;
            }
            if (data7.method === undefined) {
              const err20 = {
                instancePath: instancePath + '/entries/' + i0,
                schemaPath: 'control-journal-entry.json/required',
                keyword: 'required',
                params: { missingProperty: 'method' },
                message: "must have required property '" + 'method' + "'",
              };
              if (vErrors === null) {
                vErrors = [err20];
              } else {
                vErrors.push(err20);
              }
              errors++;
            }
            if (data7.path === undefined) {
              const err21 = {
                instancePath: instancePath + '/entries/' + i0,
                schemaPath: 'control-journal-entry.json/required',
                keyword: 'required',
                params: { missingProperty: 'path' },
                message: "must have required property '" + 'path' + "'",
              };
              if (vErrors === null) {
                vErrors = [err21];
              } else {
                vErrors.push(err21);
              }
              errors++;
            }
            if (data7.query === undefined) {
              const err22 = {
                instancePath: instancePath + '/entries/' + i0,
                schemaPath: 'control-journal-entry.json/required',
                keyword: 'required',
                params: { missingProperty: 'query' },
                message: "must have required property '" + 'query' + "'",
              };
              if (vErrors === null) {
                vErrors = [err22];
              } else {
                vErrors.push(err22);
              }
              errors++;
            }
            if (data7.status === undefined) {
              const err23 = {
                instancePath: instancePath + '/entries/' + i0,
                schemaPath: 'control-journal-entry.json/required',
                keyword: 'required',
                params: { missingProperty: 'status' },
                message: "must have required property '" + 'status' + "'",
              };
              if (vErrors === null) {
                vErrors = [err23];
              } else {
                vErrors.push(err23);
              }
              errors++;
            }
            for (const key2 in data7) {
              if (!func2.call(schema104.properties, key2)) {
                const err24 = {
                  instancePath: instancePath + '/entries/' + i0,
                  schemaPath: 'control-journal-entry.json/additionalProperties',
                  keyword: 'additionalProperties',
                  params: { additionalProperty: key2 },
                  message: 'must NOT have additional properties',
                };
                if (vErrors === null) {
                  vErrors = [err24];
                } else {
                  vErrors.push(err24);
                }
                errors++;
              }
            }
            if (data7.seq !== undefined) {
              let data8 = data7.seq;
              if (!(typeof data8 == 'number' && !(data8 % 1) && !isNaN(data8) && isFinite(data8))) {
                const err25 = {
                  instancePath: instancePath + '/entries/' + i0 + '/seq',
                  schemaPath: 'control-journal-entry.json/properties/seq/type',
                  keyword: 'type',
                  params: { type: 'integer' },
                  message: 'must be integer',
                };
                if (vErrors === null) {
                  vErrors = [err25];
                } else {
                  vErrors.push(err25);
                }
                errors++;
              }
              if (typeof data8 == 'number' && isFinite(data8)) {
                if (data8 < 1 || isNaN(data8)) {
                  const err26 = {
                    instancePath: instancePath + '/entries/' + i0 + '/seq',
                    schemaPath: 'control-journal-entry.json/properties/seq/minimum',
                    keyword: 'minimum',
                    params: { comparison: '>=', limit: 1 },
                    message: 'must be >= 1',
                  };
                  if (vErrors === null) {
                    vErrors = [err26];
                  } else {
                    vErrors.push(err26);
                  }
                  errors++;
                }
              }
            }
            if (data7.at !== undefined) {
              if (typeof data7.at !== 'string') {
                const err27 = {
                  instancePath: instancePath + '/entries/' + i0 + '/at',
                  schemaPath: 'control-journal-entry.json/properties/at/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                };
                if (vErrors === null) {
                  vErrors = [err27];
                } else {
                  vErrors.push(err27);
                }
                errors++;
              }
            }
            if (data7.method !== undefined) {
              if (typeof data7.method !== 'string') {
                const err28 = {
                  instancePath: instancePath + '/entries/' + i0 + '/method',
                  schemaPath: 'control-journal-entry.json/properties/method/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                };
                if (vErrors === null) {
                  vErrors = [err28];
                } else {
                  vErrors.push(err28);
                }
                errors++;
              }
            }
            if (data7.path !== undefined) {
              if (typeof data7.path !== 'string') {
                const err29 = {
                  instancePath: instancePath + '/entries/' + i0 + '/path',
                  schemaPath: 'control-journal-entry.json/properties/path/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                };
                if (vErrors === null) {
                  vErrors = [err29];
                } else {
                  vErrors.push(err29);
                }
                errors++;
              }
            }
            if (data7.query !== undefined) {
              let data12 = data7.query;
              if (data12 && typeof data12 == 'object' && !Array.isArray(data12)) {
                for (const key3 in data12) {
                  let data13 = data12[key3];
                  const _errs33 = errors;
                  let valid7 = false;
                  const _errs34 = errors;
                  if (typeof data13 !== 'string') {
                    const err30 = {
                      instancePath:
                        instancePath +
                        '/entries/' +
                        i0 +
                        '/query/' +
                        key3.replace(/~/g, '~0').replace(/\//g, '~1'),
                      schemaPath:
                        'control-journal-entry.json/properties/query/additionalProperties/anyOf/0/type',
                      keyword: 'type',
                      params: { type: 'string' },
                      message: 'must be string',
                    };
                    if (vErrors === null) {
                      vErrors = [err30];
                    } else {
                      vErrors.push(err30);
                    }
                    errors++;
                  }
                  var _valid0 = _errs34 === errors;
                  valid7 = valid7 || _valid0;
                  const _errs36 = errors;
                  if (Array.isArray(data13)) {
                    const len1 = data13.length;
                    for (let i1 = 0; i1 < len1; i1++) {
                      if (typeof data13[i1] !== 'string') {
                        const err31 = {
                          instancePath:
                            instancePath +
                            '/entries/' +
                            i0 +
                            '/query/' +
                            key3.replace(/~/g, '~0').replace(/\//g, '~1') +
                            '/' +
                            i1,
                          schemaPath:
                            'control-journal-entry.json/properties/query/additionalProperties/anyOf/1/items/type',
                          keyword: 'type',
                          params: { type: 'string' },
                          message: 'must be string',
                        };
                        if (vErrors === null) {
                          vErrors = [err31];
                        } else {
                          vErrors.push(err31);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err32 = {
                      instancePath:
                        instancePath +
                        '/entries/' +
                        i0 +
                        '/query/' +
                        key3.replace(/~/g, '~0').replace(/\//g, '~1'),
                      schemaPath:
                        'control-journal-entry.json/properties/query/additionalProperties/anyOf/1/type',
                      keyword: 'type',
                      params: { type: 'array' },
                      message: 'must be array',
                    };
                    if (vErrors === null) {
                      vErrors = [err32];
                    } else {
                      vErrors.push(err32);
                    }
                    errors++;
                  }
                  var _valid0 = _errs36 === errors;
                  valid7 = valid7 || _valid0;
                  if (!valid7) {
                    const err33 = {
                      instancePath:
                        instancePath +
                        '/entries/' +
                        i0 +
                        '/query/' +
                        key3.replace(/~/g, '~0').replace(/\//g, '~1'),
                      schemaPath:
                        'control-journal-entry.json/properties/query/additionalProperties/anyOf',
                      keyword: 'anyOf',
                      params: {},
                      message: 'must match a schema in anyOf',
                    };
                    if (vErrors === null) {
                      vErrors = [err33];
                    } else {
                      vErrors.push(err33);
                    }
                    errors++;
                  } else {
                    errors = _errs33;
                    if (vErrors !== null) {
                      if (_errs33) {
                        vErrors.length = _errs33;
                      } else {
                        vErrors = null;
                      }
                    }
                  }
                }
              } else {
                const err34 = {
                  instancePath: instancePath + '/entries/' + i0 + '/query',
                  schemaPath: 'control-journal-entry.json/properties/query/type',
                  keyword: 'type',
                  params: { type: 'object' },
                  message: 'must be object',
                };
                if (vErrors === null) {
                  vErrors = [err34];
                } else {
                  vErrors.push(err34);
                }
                errors++;
              }
            }
            if (data7.status !== undefined) {
              let data15 = data7.status;
              if (!(
                typeof data15 == 'number' &&
                !(data15 % 1) &&
                !isNaN(data15) &&
                isFinite(data15)
              )) {
                const err35 = {
                  instancePath: instancePath + '/entries/' + i0 + '/status',
                  schemaPath: 'control-journal-entry.json/properties/status/type',
                  keyword: 'type',
                  params: { type: 'integer' },
                  message: 'must be integer',
                };
                if (vErrors === null) {
                  vErrors = [err35];
                } else {
                  vErrors.push(err35);
                }
                errors++;
              }
            }
            if (data7.errcode !== undefined) {
              let data16 = data7.errcode;
              if (!(
                typeof data16 == 'number' &&
                !(data16 % 1) &&
                !isNaN(data16) &&
                isFinite(data16)
              )) {
                const err36 = {
                  instancePath: instancePath + '/entries/' + i0 + '/errcode',
                  schemaPath: 'control-journal-entry.json/properties/errcode/type',
                  keyword: 'type',
                  params: { type: 'integer' },
                  message: 'must be integer',
                };
                if (vErrors === null) {
                  vErrors = [err36];
                } else {
                  vErrors.push(err36);
                }
                errors++;
              }
            }
            if (data7.rule !== undefined) {
              if (typeof data7.rule !== 'string') {
                const err37 = {
                  instancePath: instancePath + '/entries/' + i0 + '/rule',
                  schemaPath: 'control-journal-entry.json/properties/rule/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                };
                if (vErrors === null) {
                  vErrors = [err37];
                } else {
                  vErrors.push(err37);
                }
                errors++;
              }
            }
            if (data7.fault !== undefined) {
              if (typeof data7.fault !== 'string') {
                const err38 = {
                  instancePath: instancePath + '/entries/' + i0 + '/fault',
                  schemaPath: 'control-journal-entry.json/properties/fault/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                };
                if (vErrors === null) {
                  vErrors = [err38];
                } else {
                  vErrors.push(err38);
                }
                errors++;
              }
            }
          } else {
            const err39 = {
              instancePath: instancePath + '/entries/' + i0,
              schemaPath: 'control-journal-entry.json/type',
              keyword: 'type',
              params: { type: 'object' },
              message: 'must be object',
            };
            if (vErrors === null) {
              vErrors = [err39];
            } else {
              vErrors.push(err39);
            }
            errors++;
          }
        }
      } else {
        const err40 = {
          instancePath: instancePath + '/entries',
          schemaPath: '#/properties/entries/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
        };
        if (vErrors === null) {
          vErrors = [err40];
        } else {
          vErrors.push(err40);
        }
        errors++;
      }
    }
  } else {
    const err41 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err41];
    } else {
      vErrors.push(err41);
    }
    errors++;
  }
  validate90.errors = vErrors;
  return errors === 0;
}
validate90.evaluated = { props: true, dynamicProps: false, dynamicItems: false };

export const ControlResetRequest = validate91;
const schema107 = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://pbx-mock-kit.local/schemas/control-reset-request.json',
  title: 'ControlResetRequest',
  description:
    'Body of POST /__mock/reset: none, or an empty object. Reset restores the seeded sessions, forgets tokens, rules and the journal, and returns the clock to real time.',
  type: 'object',
  additionalProperties: false,
};

function validate91(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="https://pbx-mock-kit.local/schemas/control-reset-request.json" */ let vErrors =
    null;
  let errors = 0;
  const evaluated0 = validate91.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    for (const key0 in data) {
      const err0 = {
        instancePath,
        schemaPath: '#/additionalProperties',
        keyword: 'additionalProperties',
        params: { additionalProperty: key0 },
        message: 'must NOT have additional properties',
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
  } else {
    const err1 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate91.errors = vErrors;
  return errors === 0;
}
validate91.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
